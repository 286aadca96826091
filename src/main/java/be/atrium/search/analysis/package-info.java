/**
 * The Dutch analysis of the search: plain Java, no CDI; {@link be.atrium.search.analysis.DutchAnalysis}
 * is the one entry point. Load it once ({@code DutchAnalysis.load(synonymsFile)}, under a second)
 * and share it; close it on shutdown.
 *
 * <p>How the fields and queries fit together (what the unit tests and a prototype on the dev set
 * used; the search service decides):
 * <table>
 * <caption>Analyzers per field</caption>
 * <tr><th>field</th><th>index time</th><th>query time</th></tr>
 * <tr><td>{@code title}, {@code body}</td><td>{@code whole()}</td>
 *     <td>{@code wholeWithSynonyms()} through {@code QueryBuilder} (graph-aware; call
 *     {@code setAutoGenerateMultiTermSynonymsPhraseQuery(true)}, and with the classic
 *     {@code QueryParser} also {@code setSplitOnWhitespace(false)}, or multi-word synonyms never
 *     match); {@code whole()} for phrases; and {@code parts()} (lower boost) so the parts of a query
 *     compound meet words written apart</td></tr>
 * <tr><td>{@code title_parts}, {@code body_parts}</td><td>{@code parts()}</td>
 *     <td>{@code wholeWithSynonyms()} (a query word meets the same word inside a text's compound:
 *     {@code vergunning} finds {@code omgevingsvergunning}) and {@code parts()}; lower boost, e.g.
 *     0.5</td></tr>
 * <tr><td>{@code spell}</td><td>{@code spellingDictionary()} (the words with the parts of
 *     compounds and the verbs of verbal nouns)</td><td>{@code spelling()}; never "correct" a
 *     word for which {@code isDutchWord} holds</td></tr>
 * </table>
 *
 * <p>Parts sit at the position of their compound (stacked, increment 0) with its offsets, so the
 * {@code UnifiedHighlighter} marks the whole compound when the match was in a parts field: build it
 * with a {@code PerFieldAnalyzerWrapper} of the index analyzers and
 * {@code withMaskedFieldsFunc(f -> Set.of(f + "_parts"))}. A change of analysis means a reindex;
 * the synonyms do not (query time only): {@code reloadIfChanged()} before a query is one stat call.
 */
package be.atrium.search.analysis;
