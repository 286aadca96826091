#!/usr/bin/env python3
"""Derives the Dutch analysis resources of Atrium's search from OpenTaal and hyphen-nl data.

Not run by the build: the derived files are committed under
src/main/resources/be/atrium/search/ so that builds and CI stay offline. Rerun it when
upgrading the Debian packages, then rerun the unit tests and the split report
(CompoundSplitReport in src/test/java/be/atrium/search/analysis/).

    apt-get install -y wdutch hyphen-nl hunspell-nl
    python3 src/test/tools/derive_dutch_resources.py

Inputs (Debian bookworm):
    /usr/share/hunspell/nl.aff, nl.dic   hunspell-nl 2.20.19 (OpenTaal, BSD or CC-BY-3.0)
    /usr/share/dict/dutch                wdutch 2.20.19 (OpenTaal, BSD or CC-BY-3.0)
    /usr/share/hyphen/hyph_nl_NL.dic     hyphen-nl 7.5.0 (OpenTaal/NTG, BSD-2-Clause or CC-BY-3.0)

Outputs:
    compound-parts.txt.gz   words OpenTaal allows as parts of compounds (nl.aff flags
                            COMPOUNDBEGIN/MIDDLE/END Ca/Cb/Cc, ONLYINCOMPOUND Cx), with
                            their inflected and linking forms, lower-cased and folded:
                            "form<TAB>role[<TAB>lemma]". role F = anywhere in a compound,
                            E = only last (an inflected form: vergunningen), L = only
                            before another part (a linking form: omgevings, zonne).
    dutch-words.txt.gz      the OpenTaal word list, lower-cased and folded, sorted, unique.
    hyph_nl.xml.gz          the Liang patterns of hyph_nl_NL.dic in the FOP XML format that
                            Lucene's HyphenationTree reads.
"""
import gzip
import re
import sys
import unicodedata
from pathlib import Path

AFF = Path('/usr/share/hunspell/nl.aff')
DIC = Path('/usr/share/hunspell/nl.dic')
WORDS = Path('/usr/share/dict/dutch')
HYPH = Path('/usr/share/hyphen/hyph_nl_NL.dic')
OUT = Path(__file__).resolve().parents[2] / 'main/resources/be/atrium/search'

BEGIN, MIDDLE, END, PERMIT, ONLY_IN_COMPOUND, FORBIDDEN = 'Ca', 'Cb', 'Cc', 'Cp', 'Cx', 'Fw'
MIN_UNFLAGGED_NOUN, MAX_UNFLAGGED_NOUN = 4, 7
COMPOUND_FLAGS = {BEGIN, MIDDLE, END}


def fold(word):
    """Lower case and strip accents, as Lucene's LowerCaseFilter + ASCIIFoldingFilter do for Dutch."""
    word = word.lower().replace('ĳ', 'ij').replace('æ', 'ae').replace('œ', 'oe').replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFD', word) if not unicodedata.combining(c))


def flags_of(text):
    return {text[i:i + 2] for i in range(0, len(text), 2)}  # FLAG long


def parse_affixes():
    rules = {}  # flag -> (kind, [(strip, add, contflags, regex)])
    for line in AFF.read_text(encoding='utf-8').splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ('SFX', 'PFX'):
            continue
        kind, flag = parts[0], parts[1]
        if len(parts) == 4 and parts[2] in ('Y', 'N'):
            rules[flag] = (kind, [])
            continue
        strip = '' if parts[2] == '0' else parts[2]
        add, _, cont = parts[3].partition('/')
        add = '' if add == '0' else add
        cond = parts[4] if len(parts) > 4 else '.'
        regex = re.compile((cond + '$') if kind == 'SFX' else ('^' + cond))
        rules[flag][1].append((strip, add, flags_of(cont), regex))
    return rules


def suffix_forms(word, flags, rules, depth=2):
    """(form, continuation flags) for every suffix a word's flags allow (two levels, as Hunspell)."""
    for flag in flags:
        if flag not in rules or rules[flag][0] != 'SFX':
            continue
        for strip, add, cont, regex in rules[flag][1]:
            if not word.endswith(strip) or not regex.search(word):
                continue
            form = word[:len(word) - len(strip)] + add
            yield form, cont
            if depth > 1:
                yield from suffix_forms(form, cont, rules, depth - 1)


def derive_parts(rules):
    parts = {}  # form -> [roles set, lemma]

    def put(form, role, lemma):
        form, lemma = fold(form), fold(lemma)
        if len(form) < 2 or not re.fullmatch('[a-z]+', form):
            return  # hyphenated forms (a-capella) never reach the splitter: the tokenizer splits them
        entry = parts.setdefault(form, [set(), lemma])
        entry[0].add(role)
        if role == 'F':
            entry[1] = lemma  # a free use of a form wins over its use as an inflection

    for line in DIC.read_text(encoding='utf-8').splitlines()[1:]:
        line = line.replace('\\/', '\x00')
        word, _, rest = line.split('\t')[0].split(' ')[0].partition('/')
        word = word.replace('\x00', '/').replace('ĳ', 'ij').replace('Ĳ', 'IJ')
        flags = flags_of(rest)
        if FORBIDDEN in flags or not word or word[0].isupper() or ' ' in word:
            continue  # proper names make odd parts (Lier, Ede); CHECKCOMPOUNDCASE forbids them anyway
        compound = flags & COMPOUND_FLAGS
        if (not compound and MIN_UNFLAGGED_NOUN <= len(word) <= MAX_UNFLAGGED_NOUN
                and any(f[0] in 'ZY' for f in flags)):
            # A noun (it has plural or diminutive flags) without compound flags: OpenTaal leaves
            # many short ones unflagged (stand, token) and lists their compounds instead. Longer
            # ones are nearly always compounds themselves, split through their parts. Of three
            # letters OpenTaal flags none (but for ĳ words) and neither do we: most cut words into
            # nonsense (kop|pel, dos|sier); compound-parts-added.txt names the useful ones (put, dak).
            flags = flags | {BEGIN, MIDDLE, END}
            compound = flags & COMPOUND_FLAGS
        if compound:
            put(word, 'L' if ONLY_IN_COMPOUND in flags else 'F', word)
        for form, cont in suffix_forms(word, flags, rules):
            if ONLY_IN_COMPOUND in cont:
                put(form, 'L', word)          # linking form: omgevings, wonings
            elif cont & COMPOUND_FLAGS and (compound or PERMIT in cont):
                put(form, 'F', word)          # plural usable inside: vergunningen(register)
            elif END in flags:
                put(form, 'E', word)          # inflected last part: (omgevings)vergunningen
    lines = []
    for form in sorted(parts):
        roles, lemma = parts[form]
        role = 'F' if 'F' in roles or roles == {'E', 'L'} else roles.pop()
        # A free form stands for itself (leden is no form of leed here); linking and
        # inflected-only forms name the word they are a form of (omgevings -> omgeving).
        lines.append(form + '\t' + role + ('' if lemma == form or role == 'F' else '\t' + lemma))
    return lines


def derive_words():
    words = set()
    for line in WORDS.read_text(encoding='utf-8').splitlines():
        word = fold(line.strip())
        if re.fullmatch("[a-z0-9'.]+", word):
            words.add(word)  # not m², CO₂ or a-capella: the tokenizer never yields those whole
    return sorted(words)


def derive_hyphenation():
    lines = HYPH.read_text(encoding='iso-8859-1').splitlines()
    patterns = [l.strip() for l in lines[1:] if l.strip() and not l.startswith('%')]
    letters = sorted({c for p in patterns for c in p if c.isalpha()})
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- Dutch hyphenation patterns converted from hyph_nl_NL.dic (hyphen-nl 7.5.0, OpenTaal;',
           '     BSD-2-Clause or CC-BY-3.0) to the FOP format read by Lucene\'s HyphenationTree.',
           '     Modified: format only (classes added), patterns unchanged. See LICENSE-OpenTaal.txt. -->',
           '<hyphenation-info>',
           '<hyphen-char value="-"/>',
           '<classes>']
    out += [c + (c.upper() if c.upper() != c and len(c.upper()) == 1 else '') for c in letters]
    out += ['</classes>', '<patterns>']
    out += patterns
    out += ['</patterns>', '</hyphenation-info>', '']
    return out


def write_gz(name, lines):
    data = ('\n'.join(lines) + '\n').encode('utf-8')
    with gzip.GzipFile(OUT / name, 'wb', mtime=0) as f:  # mtime 0: identical input, identical file
        f.write(data)
    print(f'{name}: {len(lines)} lines, {len(data)} bytes, {(OUT / name).stat().st_size} gzipped')


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rules = parse_affixes()
    write_gz('compound-parts.txt.gz', derive_parts(rules))
    write_gz('dutch-words.txt.gz', derive_words())
    write_gz('hyph_nl.xml.gz', derive_hyphenation())


if __name__ == '__main__':
    sys.exit(main())
