package org.newsgauge.text.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.junit.jupiter.api.Test;

/**
 * {@link AttributeHints} reads class and id names without cutting them into strings: its answers
 * must be those of the plain reading (lower-case "class id", split into names and their -/_ parts,
 * look each up in the sets).
 */
class AttributeHintsTest {

    @Test
    void readsRolesNamesAndParts() {
        assertEquals("role=navigation", AttributeHints.hint(attrs("role", "Navigation")));
        assertEquals(AttributeHints.CONTENT, AttributeHints.hint(attrs("itemprop", "articleBody")));
        assertEquals("class 'sidebar'", AttributeHints.hint(attrs("class", "col Sidebar", "id", "x")));
        assertEquals("class 'share'", AttributeHints.hint(attrs("class", "entry-content", "id", "post_share-box")));
        assertEquals(AttributeHints.CONTENT, AttributeHints.hint(attrs("class", "td-post-content")));
        assertNull(AttributeHints.hint(attrs("class", "shareholders", "id", "navy")));
        assertTrue(AttributeHints.hidden(attrs("style", "DISPLAY: none")));
        assertFalse(AttributeHints.hidden(attrs("class", "hidden-xs")));
    }

    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "respond", "replies",
            "disqus");

    @Test
    void commentNamesHintOnlyForACommentSection() {
        for (String section : new String[] {"comments", "comment", "comment-list", "comment-42", "post-comments",
            "disqus_thread", "comment-respond", "wp-comments-area", "COMMENTS"}) {
            assertTrue(AttributeHints.commentSection(attrs("class", "x " + section)), section);
            assertTrue(AttributeHints.hint(attrs("class", "x " + section)).startsWith("class '"), section);
        }
        assertTrue(AttributeHints.commentSection(attrs("id", "comments")));
        // an opinion section, an article open to comments, a count: no hint from the comment word, the rest decides
        for (String not : new String[] {"tone-comment", "section-comment", "comments-open", "comment-count", "no-comments"}) {
            assertFalse(AttributeHints.commentSection(attrs("class", not)), not);
            assertNull(AttributeHints.hint(attrs("class", not)), not);
        }
        assertEquals(AttributeHints.CONTENT, AttributeHints.hint(attrs("class", "entry-content comments-open")));
        assertEquals("class 'sidebar'", AttributeHints.hint(attrs("class", "tone-comment sidebar")));
    }

    @Test
    void agreesWithThePlainReadingOnRandomNames() {
        List<String> words = new ArrayList<>(AttributeHints.BAD_NAMES);
        words.addAll(AttributeHints.CONTENT_NAMES);
        words.addAll(List.of("x", "col", "row", "wrap", "Nav", "ARTICLE", "Story", "naïve", "İd", "straße", "ad1",
                "k\u212Aelvin", "", "-", "_", "--", "a"));
        String[] joins = {"-", "_", "", " ", "  ", "\t", "\n"};
        Random r = new Random(7);
        for (int k = 0; k < 40000; k++) {
            String cls = names(r, words, joins);
            String id = r.nextInt(3) == 0 ? "" : names(r, words, joins);
            assertEquals(plain(cls, id), AttributeHints.hint(attrs("class", cls, "id", id)), cls + " | " + id);
        }
    }

    private static String names(Random r, List<String> words, String[] joins) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            String w = words.get(r.nextInt(words.size()));
            sb.append(r.nextInt(4) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(joins[r.nextInt(joins.length)]);
        }
        return sb.toString();
    }

    private static Attributes attrs(String... kv) {
        Attributes a = new Attributes();
        for (int i = 0; i < kv.length; i += 2) {
            a.put(kv[i], kv[i + 1]);
        }
        return a;
    }

    /**
     * The comment-section rule, read plainly: a name whose first part is "comment" or "comments",
     * or with a part "comments", "commentlist", "commentslist", "disqus", "respond" or "replies",
     * unless "comment(s)" is followed by a count or state word or "comments" follows "no" or "has".
     */
    private static boolean plainCommentSection(String lowerNames) {
        Set<String> state = Set.of("open", "closed", "off", "count", "counts", "number", "num", "link", "links", "meta",
                "icon", "btn", "button", "toggle");
        for (String name : lowerNames.split("\\s+")) {
            String[] parts = name.split("[-_]");
            for (int k = 0; k < parts.length; k++) {
                String p = parts[k];
                String next = k + 1 < parts.length ? parts[k + 1] : "";
                String before = k > 0 ? parts[k - 1] : "";
                if (Set.of("commentlist", "commentslist", "disqus", "respond", "replies").contains(p)) {
                    return true;
                }
                boolean section = k == 0 && p.equals("comment") || p.equals("comments") && !before.equals("no")
                        && !before.equals("has");
                if (section && !state.contains(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reading that the table must agree with. */
    private static String plain(String cls, String id) {
        if (cls.isEmpty() && id.isEmpty()) {
            return null;
        }
        String names = (cls + " " + id).toLowerCase(Locale.ROOT);
        String bad = first(names, AttributeHints.BAD_NAMES);
        if (bad != null && COMMENT_WORDS.contains(bad) && !plainCommentSection(names)) {
            // a comment word outside a comment section counts for nothing: the names without it decide
            StringBuilder rest = new StringBuilder();
            for (String name : names.split("\\s+")) {
                if (java.util.Arrays.stream(name.split("[-_]")).noneMatch(COMMENT_WORDS::contains)) {
                    rest.append(name).append(' ');
                }
            }
            names = rest.toString();
            bad = first(names, AttributeHints.BAD_NAMES);
        }
        if (bad != null) {
            return "class '" + bad + "'";
        }
        return first(names, AttributeHints.CONTENT_NAMES) != null ? AttributeHints.CONTENT : null;
    }

    private static String first(String names, Set<String> set) {
        for (String name : names.split("[\\x00-\\x20]+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (set.contains(name)) {
                return name;
            }
            for (String part : name.split("[-_]", -1)) {
                if (!part.isEmpty() && part.length() < name.length() && set.contains(part)) {
                    return part;
                }
            }
        }
        return null;
    }
}
