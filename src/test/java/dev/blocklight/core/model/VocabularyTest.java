// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping another log's event ids onto a model by template text. */
class VocabularyTest {

    @Test
    void aLabelIsTheIdAndTheTemplatesFirstWordsWithoutParameters() {
        assertEquals("E26 (BLOCK* NameSystem.addStoredBlock: blockMap updated:)", new Vocabulary.Entry("E26",
                "BLOCK* NameSystem.addStoredBlock: blockMap updated: <IP> is added to <BLK> size <NUM>").label());
        assertEquals("E9 (Received block of size)",
                new Vocabulary.Entry("E9", "Received block <BLK> of size <NUM> from <IP>").label());
        assertEquals("E0", new Vocabulary.Entry("E0", "<*>").label());
    }

    @Test
    void mapsByTemplateTextAndReportsUnknownTemplates() {
        Vocabulary model = Vocabulary.of(TinyData.events());
        assertEquals(6, model.size());
        assertEquals(8, model.classes(), "events plus padding and the end marker");
        // Tomorrow's log: same templates in another order, one new template, one template gone.
        EventTable log = new EventTable(List.of(
                new EventType(0, "E0", EventType.UNKNOWN_TEMPLATE, 3, -1),
                new EventType(1, "E1", "Verification succeeded for <BLK>", 5, 0),
                new EventType(2, "E2", "Allocate block <BLK>", 5, 10),
                new EventType(3, "E3", "Deleting block <BLK> file <*>", 2, 20),
                new EventType(4, "E4", "Receiving block <BLK> src: <IP>", 9, 30)));
        EventMapping m = model.mappingFrom(log);
        assertArrayEquals(new int[] {0, 4, 1, 0, 2}, m.toModel());
        assertEquals(List.of("E3"), m.unmatched().stream().map(EventType::id).toList());
        assertFalse(m.isIdentity());
        SequenceSet set = new SequenceEncoder(10, m).encode(new int[][] {{2, 4, 3, 1}});
        assertArrayEquals(new int[] {1, 2, 0, 4}, set.sequence(0), "allocate, receive, unknown, verify");
    }

    @Test
    void sameTableMapsToItself() {
        EventTable t = TinyData.events();
        assertTrue(Vocabulary.of(t).mappingFrom(t).isIdentity());
        assertTrue(Vocabulary.of(t).identity().isIdentity());
    }

    @Test
    void sameIdWithAnotherTemplateIsUnknown() {
        Vocabulary model = Vocabulary.of(TinyData.events());
        EventTable log = new EventTable(List.of(new EventType(0, "E0", EventType.UNKNOWN_TEMPLATE, 0, -1),
                new EventType(1, "E1", "Something else entirely <*>", 1, 0)));
        EventMapping m = model.mappingFrom(log);
        assertEquals(0, m.map(1), "ids are not trusted, only template text");
        assertEquals(1, m.unmatched().size());
    }

    @Test
    void refusesAVocabularyWithoutTheUnknownEventFirst() {
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of(new Vocabulary.Entry("E1", "x"))));
    }
}
