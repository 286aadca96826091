package be.atrium.notify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who a post names, as a reader of the post would expect. */
class MentionsTest {

    @Test
    void namesAtTheStartOfAWordInOrderOnceEach() {
        assertEquals(List.of("jan.peeters", "an_de-smet", "lies"),
                List.copyOf(Mentions.in("Vraag voor @jan.peeters en @An_De-Smet, (@lies) en nog eens @jan.peeters.")));
    }

    @Test
    void aFullStopOrHyphenAtTheEndClosesTheSentenceNotTheName() {
        assertEquals(List.of("jan"), List.copyOf(Mentions.in("Dank je, @jan.")));
        assertEquals(List.of("jan"), List.copyOf(Mentions.in("Zie @jan- en verder")));
    }

    @Test
    void anEmailAddressOrAPathNamesNobody() {
        assertEquals(List.of(), List.copyOf(Mentions.in("Mail naar info@gent.be of zie https://x.be/@jan")));
    }

    @Test
    void codeNamesNobody() {
        String text = "Gebruik `@decorator` zo:\n\n```java\n@Override\nvoid x() {}\n```\nen vraag het @piet";
        assertEquals(List.of("piet"), List.copyOf(Mentions.in(text)));
    }

    @Test
    void aSingleCharacterOrABareAtIsNoName() {
        assertEquals(List.of(), List.copyOf(Mentions.in("@ a @b en @")));
        assertEquals(List.of(), List.copyOf(Mentions.in(null)));
    }

    @Test
    void aPostCannotPageTheWholeNetwork() {
        String many = String.join(" ", IntStream.range(0, 50).mapToObj(i -> "@user" + i).toList());
        assertEquals(Mentions.MAX, Mentions.in(many).size());
    }
}
