package org.newsgauge.text.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists and patterns used by the block classifier. Immutable constants only.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Stop words of the languages we expect in scraped news (English first; German, French, Spanish,
     * Italian, Portuguese, Dutch, Serbian/Croatian/Bosnian in Latin and Cyrillic script, Albanian,
     * Russian). A union list: stop-word density is then comparable across languages without
     * detecting the language first.
     */
    static final Set<String> STOP_WORDS = words(
            // English
            "a about above after again against all also am an and any are as at be because been before being below"
            + " between both but by can could did do does doing down during each few for from further had has have"
            + " having he her here hers herself him himself his how i if in into is it its itself just me more most"
            + " my myself no nor not now of off on once only or other our ours ourselves out over own same she should"
            + " so some such than that the their theirs them themselves then there these they this those through to"
            + " too under until up very was we were what when where which while who whom why will with would you your"
            + " yours yourself yourselves said says say told would could its it's don't didn't won't can't isn't"
            + " wasn't there's that's he's she's they're we're i'm been since still however though although among"
            + " upon whether must may might shall us per via yet ago last first new one two three over",
            // German
            "der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war waren wird"
            + " werden wurde wurden hat haben hatte hatten sei mit von zu zum zur im in auf aus bei nach vor über"
            + " unter für gegen ohne um als auch noch nur schon sich sie er es wir ihr ich man dass daß wie wenn"
            + " so bis seit durch dieser diese dieses einem sein seine ihre ihren kein keine mehr sehr am vom beim",
            // French
            "le la les un une des du de d l et ou mais ne pas est sont était été être a ont avait avec pour par sur"
            + " dans en au aux ce cette ces cet qui que quoi dont où il elle ils elles nous vous je on se sa son ses"
            + " leur leurs plus très aussi comme si selon entre sans sous après avant contre lors",
            // Spanish, Portuguese, Italian
            "el los las una unos unas y o pero no es son fue era han ha había con para por sobre en al del lo que"
            + " quien como más muy también se su sus este esta estos estas ese esa entre sin según desde hasta"
            + " os as um uma e é foi são em no na nos nas do da dos das ao à pelo pela com não mais"
            + " il lo gli uno di da che chi non è sono era stato stata ha hanno con per tra fra su nel nella dei"
            + " delle della degli alla alle anche più come ma",
            // Dutch
            "de het een en van ik te dat die in is niet op aan met als voor zijn er maar om ook nog bij uit naar"
            + " werd wordt door over tegen",
            // Serbian / Croatian / Bosnian (Latin)
            "i u na je su se da za od sa s o kao koji koja koje kojeg kojem što sto ali ili a ne nije bi bio bila"
            + " bilo bili će ce ćе biti to ta taj ovo ova ovaj ove tog toga kod do iz prema posle nakon pre tokom"
            + " kako koliko već vec još jos samo sve svi njih njihov njegov njena ih mu im ga joj smo ste sam"
            + " jer dok ako pa te ni niti kada gde gdje",
            // Serbian (Cyrillic) and Russian
            "и у на је су се да за од са с о као који која које што али или а не није би био била било били ће"
            + " бити то та тај ово ова овај из према после након пре током како већ још само све сви њих их му им"
            + " га јој смо сте сам јер док ако па кад када где"
            + " в не что он с как по это к но они мы из у за от то же вы так все она бы был была было были для"
            + " при о его ее их уже если или только",
            // Albanian
            "dhe në të i e që një me për nga u se është janë ka kanë do si por më ky kjo këtë ai ajo ata");

    /** Share-button vocabulary: a short block made only of these words is share buttons. */
    static final Set<String> SHARE_WORDS = words(
            "share shares this article story on via tweet twitter x facebook fb whatsapp linkedin telegram email"
            + " e-mail mail print copy link reddit pinterest viber messenger flipboard pocket comments comment save"
            + " podijeli podeli podijelite podelite teilen partager compartir condividi send sms instagram youtube"
            + " tiktok follow us rss subscribe like close button");

    /** Copyright, rights and legal footers. */
    static final Pattern COPYRIGHT = Pattern.compile(
            "©|\\(c\\)\\s*(?:19|20)\\d\\d|\\bcopyright\\b|all rights reserved|sva prava zadr|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos|privacy policy|terms of (?:use|service)|impressum",
            0);

    /**
     * A wire story's sign-off and the credits under it: "Reporting by ...; Editing by ...",
     * "X reported from Tirana. ... contributed.", "___", "Follow AP's coverage of ... at ...",
     * and a publisher's republishing notice.
     */
    static final Pattern SIGN_OFF = Pattern.compile(
            // the whole block a credit: no full stop in it ("Reporting by the Belgrade daily Danas showed
            // that ..." is a sentence), a "contributed to this report" at its end, a republishing notice
            "^[(\\[]?(?:additional )?(?:reporting|writing|editing) by\\b[^.]*$|contributed to (?:this|the) (?:report|story)\\.?$"
            + "|reported from [^.]{2,60}\\..{0,200}\\bcontributed\\.?$|^_{3,}$|may not be republished without"
            + "|^follow [\\w’'. ]{0,40} coverage (?:of|at)\\b",
            0);

    /**
     * Publishers' notices set among the paragraphs, each by its first words: a video player's
     * fallback ("To view this video please enable JavaScript"), a funder's disclaimer ("This
     * publication was produced with the financial support of the European Union. Its contents are
     * the sole responsibility of ..."), a note on the original language, and a data-consent text
     * that names no cookie ("We and our partners process data").
     */
    static final Pattern NOTICE = Pattern.compile(
            "^to view this video,? please enable javascript|^your browser does not support (?:the )?(?:video|audio|html5)"
            + "|^this (?:publication|article|story|content|text|material|report|website|project)"
            + " (?:was|is|has been) (?:produced|published|made|created|written|prepared) with the (?:financial )?support of"
            + "|^(?:its|the) contents? (?:is|are) the sole responsibility of|^this (?:story|article) was originally"
            + " (?:written|published) in [a-z]+\\.?$|^we and our partners (?:process|store|use|access)",
            0);

    /** Cookie / consent notices. */
    static final Pattern COOKIE = Pattern.compile(
            "\\bcookies?\\b.{0,200}\\b(?:accept|consent|agree|privacy|settings|preferences|policy|continu)"
            + "|\\b(?:accept|consent|agree)\\b.{0,120}\\bcookies?\\b|kolačić|kolacic",
            0);

    /** WordPress and similar comment forms. */
    static final Pattern COMMENT_FORM = Pattern.compile(
            "leave a (?:reply|comment)|you are commenting using your|connecting to %s|notify me of (?:new|follow-up)"
            + "|your email address will not be published|required fields are marked|cancel reply|post comment"
            + "|log ?out\\s*/\\s*change|logged in as|this site uses akismet|save my name, email|comment moderation"
            + "|to post a comment|you must be logged in|fill in your details below|click an icon to log in"
            + "|powered by wordpress|like this:|like loading",
            0);

    /** "Read more" style links and calls to action (whole block starts with it). */
    static final Pattern READ_MORE = Pattern.compile(
            "^[\\p{Punct}\\s►▶»›•]*(?:(?:read more|read also|also read|see also|continue reading|read the full|click here"
            + "|related story|related article|related news|watch video|watch:|pročitajte (?:još|i)|procitajte"
            + "|pročitaj (?:još|i)|vidi još|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi"
            + "|voir aussi|lea también|leer más|lee también|leggi anche)\\b"
            + "|(?:related|more|watch|listen|video|read|see)\\s*[:»›|]|(?:read more|more)\\s*[»›…]*\\s*$)",
            0);

    /**
     * The labels that open a box of another story ("Read more:", "Read also:", ...; lower case,
     * without the colon), among the blocks {@link #READ_MORE} matches: "Watch:" before a video is
     * no such label.
     */
    static final Set<String> READ_MORE_LABELS = Set.of("read more", "read also", "also read", "see also", "related",
            "related story", "related article", "pročitajte još", "pročitajte i", "procitajte i", "vidi još", "lire aussi",
            "à lire aussi", "lesen sie auch", "leggi anche", "lea también");

    /** App store and newsletter calls. */
    static final Pattern PROMO = Pattern.compile(
            "app store|google play|download (?:our|the) app|get the app|sign up for (?:our|free|a free|updates|alerts|email)"
            + "|subscribe to our|our newsletter|newsletter|follow us on|join us on|support our journalism"
            // news reports donations and memberships ("Japan donated...", "invited to become a member of
            // the Council of Europe"): only the appeal to the reader is promotion
            + "|donate (?:now|today|here)\\b|donate to (?:us|our|support)|make a donation"
            + "|become a (?:subscriber|supporter|patron)|become a member (?:today|now|of our)"
            + "|install (?:the|our) app|available on (?:ios|android)",
            0);

    /**
     * A publisher's appeal to the reader for money, or for a letter on the piece: "You've read 23
     * articles", "Can you spare a moment to support independent reporting?", "a one-off or
     * regular contribution". Long and stop-word dense, so only the words tell it from article text;
     * a block counts as one only when it also speaks to the reader ("you"), as a quoted leader's
     * "support us" does not.
     */
    static final Pattern APPEAL = Pattern.compile(
            "you(?:'|’)ve read \\d+ articles|(?:please|can you|could you|will you|would you)(?: consider)?"
            + "(?: spare a moment to)? support(?:ing)? (?:us|independent|quality)\\b|support us today\\b"
            // not "a monthly contribution to the pension fund": the appeal's own phrases
            + "|one-off (?:or (?:regular|monthly) )?(?:contribution|donation)|(?:small|modest) monthly (?:contribution|donation|gift)"
            + "|support our (?:journalism|reporting)|do you have an opinion on the issues raised in this article",
            0);

    /**
     * Words an appeal uses that news uses too ("a fund to support independent journalism"):
     * they count towards an appeal's box ({@link #APPEAL} beside them), never alone.
     */
    static final Pattern APPEAL_WORDS = Pattern.compile("support (?:independent|quality|fearless) (?:journalism|reporting)", 0);

    /** Tickers: a block that starts with a ticker label. */
    static final Pattern TICKER = Pattern.compile(
            "^[\\s\\p{Punct}●•▶►🔴]*(?:breaking news|breaking|just in|news alert|flash|urgent|ticker|live updates|live"
            + "|latest|developing|najnovije|hitno|eilmeldung|dernière minute|última hora|ultim'ora)"
            + "\\s*(?:[:|\\-–—•»›●]|$)",
            0);

    /** Photo captions and credits: a block that starts with a label ("Photo: ..."). */
    static final Pattern CAPTION_START = Pattern.compile(
            "^[\\s(?:\\[]*(?:photo|photos|foto|image|picture|pic|credit|illustration|video|gallery|graphic)\\s*[:/|]");

    /** Photo captions and credits anywhere in a block (with {@link #CAPTION_START}: all captions). */
    static final Pattern CAPTION = Pattern.compile(
            "[(?:\\[]\\s*(?:photo|foto|image|credit|source|izvor)\\s*:?[^)\\]]{0,80}[)\\]]\\s*$"
            + "|\\b(?:photo|foto|image|pictured|credit)\\s*:\\s*\\S"
            + "|getty images|/\\s?afp\\b|\\breuters/|\\bap photo|epa-efe|shutterstock|anadolu agency/"
            + "|\\bbeta/|\\btanjug/|\\bfonet\\b|\\bphoto by\\b|\\bphotograph:",
            0);

    /** Bylines. */
    static final Pattern BYLINE = Pattern.compile(
            "^\\(?(?iu:by|author|authors|written by|posted by|reporting by|edited by|words by|von|par|autor|autorka|piše"
            + "|pise|reporter|correspondent|text)\\s*:?\\s+\\p{Lu}");

    /** Tag lists and categories. */
    static final Pattern TAGS = Pattern.compile(
            "^(?:tags?|topics?|filed under|categories|category|keywords|oznake|teme|tagovi|schlagwörter|themen"
            + "|mots-clés|etiquetas|posted in)\\s*[:|»]",
            0);

    /** Lone labels such as "Advertisement". */
    static final Pattern AD_LABEL = Pattern.compile(
            "^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|reklama|oglas|anzeige|publicité|publicidad"
            + "|scroll to continue|continue reading below|story continues below)$",
            0);

    /**
     * Section headings after which a list of other stories or comments follows ("Related News",
     * "Most Read", "Leave a Reply", "3 thoughts on ...", "Comments (12)").
     */
    static final Pattern STOP_HEADING = Pattern.compile(
            "^[\\s\\p{Punct}►▶»›•■]*(?:related(?: news| articles| stories| posts| coverage| content| reading| links)?"
            + "|similar (?:articles|news|stories|posts)|more (?:from|on|stories|news|in|like this|to read|headlines)\\b.*"
            + "|most (?:read|popular|viewed|shared|commented|recent)(?: [a-z]+)?|trending(?: now| stories| news)?"
            + "|popular(?: now| posts| stories| news)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)"
            + "|recommended(?: for you| stories| reading)?|read next|what to read next|latest(?: news| stories| posts| headlines| articles)?"
            + "|top (?:stories|news|headlines)|editor'?s'? picks|don'?t miss|in other news|also (?:in|on) .*|comments?"
            + "|responses|discussion|join the (?:discussion|conversation)|\\d+ (?:comments?|responses?|replies|thoughts on .*)"
            + "|(?:one|two|three) (?:thoughts?|responses?|comments?) on .*|leave a (?:reply|comment)|reader comments"
            + "|share this(?: article| story)?|what others are reading|elsewhere|around the web|partner content"
            + "|more news|news feed|the latest|opinion|follow us|newsletter"
            + "|povezane vesti|povezane vijesti|slične vesti|slične vijesti|najčitanije|najnovije vesti|najnovije vijesti"
            + "|pročitajte još|komentari|preporučujemo|izdvajamo|mehr zum thema|das könnte sie auch interessieren"
            + "|meistgelesen|weitere artikel|kommentare|à lire aussi|articles similaires|les plus lus|sur le même sujet"
            + "|commentaires|noticias relacionadas|lo más leído|más noticias|comentarios|te puede interesar"
            + "|articoli correlati|i più letti|leggi anche)"
            // a count after it: "Comments (12)", "Comments: 3", "Comments [3]"
            + "(?:\\s*[:(\\[]\\s*\\d+\\s*[)\\]]?)?\\s*[:»›▼\\s]*$",
            0);

    /** Month names and other date words, for date-only and date-listing blocks. */
    static final Pattern DATE = Pattern.compile(
            "\\b(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?z?)?|\\d{1,2}:\\d{2}"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
            + "|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|mart|märz|april|maj"
            + "|juni|juli|avgust|septembar|oktobar|novembar|decembar|janvier|février|mars|avril|mai|juin|juillet"
            + "|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
            + "|septiembre|octubre|noviembre|diciembre)[a-zäéû]*\\.?(?:\\s+\\d{4})?"
            + "|(?:\\d+|an|a|one|two|three) (?:hours?|minutes?|mins?|days?|weeks?) ago|yesterday|today)\\b",
            0);

    /** Words that often stand next to a date in a date-only line. */
    static final Set<String> DATE_WORDS = words(
            "published updated posted last modified on at am pm gmt utc cet cest edt est bst local time date"
            + " monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
            + " objavljeno ažurirano azurirano veröffentlicht aktualisiert publié mis à jour publicado"
            + " actualizado min read minute minutes read reading time views comments");

    /** A dateline such as "BELGRADE (Reuters) -" or "PRISTINA, March 3 -". */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{2,40}(?:,\\s*[\\p{L} .]{2,40})?(?:\\s*\\([\\p{L} .&]{1,30}\\))?\\s*[-–—:]\\s*$",
            Pattern.UNICODE_CASE);

    /** Breadcrumb and menu separators. */
    static final String MENU_SEPARATORS = "|•·»›/>»–—";

    /** Allocation-free membership test for {@link #STOP_WORDS} on a lower-cased char buffer. */
    static final WordTable STOP_TABLE = new WordTable(STOP_WORDS);

    /** Allocation-free membership test for {@link #SHARE_WORDS}. */
    static final WordTable SHARE_TABLE = new WordTable(SHARE_WORDS);

    /** Open-addressing table of words keyed by a 64-bit hash of their chars (immutable). */
    static final class WordTable {
        private final long[] hashes;
        /** Per slot, where its word starts in {@link #chars} (shifted left by 8) and its length. */
        private final int[] spans;
        /** The words' characters, one after the other. */
        private final char[] chars;
        private final int mask;

        WordTable(Set<String> set) {
            int size = Integer.highestOneBit(Math.max(4, set.size() * 2) - 1) << 1;
            hashes = new long[size];
            spans = new int[size];
            mask = size - 1;
            StringBuilder all = new StringBuilder();
            for (String w : set) {
                char[] cs = w.toCharArray();
                long h = hash(cs, cs.length);
                if (h == EMPTY) {
                    throw new IllegalArgumentException("a word hashes to the empty slot's mark: " + w);
                }
                if (cs.length > 0xFF) {
                    throw new IllegalArgumentException("word too long: " + w);
                }
                int i = (int) (h ^ (h >>> 29)) & mask;
                while (hashes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                spans[i] = all.length() << 8 | cs.length;
                all.append(w);
            }
            chars = all.toString().toCharArray();
        }

        /** The hash of an empty slot (no word has it). */
        private static final long EMPTY = 0;

        static final long SEED = 0x9E3779B97F4A7C15L;

        static long step(long h, char c) {
            return (h ^ c) * 0x100000001B3L;
        }

        static long hash(char[] w, int len) {
            long h = SEED;
            for (int i = 0; i < len; i++) {
                h = step(h, w[i]);
            }
            return h;
        }

        boolean contains(char[] w, int len) {
            return contains(w, len, hash(w, len));
        }

        /** As {@link #contains(char[], int)} with the word's {@link #hash} already computed. */
        boolean contains(char[] w, int len, long h) {
            // the hashes alone are read until one is equal: one array, one cache line, per miss
            int i = (int) (h ^ (h >>> 29)) & mask;
            long x;
            while ((x = hashes[i]) != EMPTY) {
                if (x == h && same(spans[i], w, len)) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        /** Whether the word of a span is w[0, len): short words, compared char by char. */
        private boolean same(int span, char[] w, int len) {
            if ((span & 0xFF) != len) {
                return false;
            }
            char[] c = chars;
            for (int k = 0, o = span >>> 8; k < len; k++) {
                if (c[o + k] != w[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Gates of the anchored patterns: most blocks' first two characters rule them out. */
    static final StartGate STOP_GATE = new StartGate(STOP_HEADING);
    static final StartGate TICKER_GATE = new StartGate(TICKER);
    static final StartGate READ_MORE_GATE = new StartGate(READ_MORE);
    static final StartGate BYLINE_GATE = new StartGate(BYLINE);
    static final StartGate TAGS_GATE = new StartGate(TAGS);
    static final StartGate AD_GATE = new StartGate(AD_LABEL);
    static final StartGate CAPTION_START_GATE = new StartGate(CAPTION_START);

    /**
     * A necessary condition for an anchored pattern ({@code lookingAt} or {@code matches}) to match:
     * the pattern, run on the text's first two characters alone, must match or hit their end; and,
     * when both are ASCII, so must it on the first three. The answer per pair or triple of
     * characters is computed once (regex {@code hitEnd}) and remembered; characters outside the
     * table always pass. Thread-safe: racing threads compute and store the same answer.
     */
    static final class StartGate {
        private static final int N = 0x250;
        /** Pairs below this (ASCII) are told apart by their third character too. */
        private static final int N3 = 0x80;
        private static final byte UNKNOWN = 0;
        private static final byte NO = 1;
        private static final byte MAYBE = 2;
        private final Pattern pattern;
        private final byte[][] rows = new byte[N][];
        private final byte[][] thirds = new byte[N3 * N3][];

        StartGate(Pattern pattern) {
            this.pattern = pattern;
        }

        boolean mayStart(String text) {
            if (text.length() < 2) {
                return true;
            }
            char a = text.charAt(0);
            char b = text.charAt(1);
            if (a >= N || b >= N) {
                return true;
            }
            byte[] row = rows[a];
            if (row == null) {
                row = new byte[N];
                java.util.regex.Matcher m = pattern.matcher(String.valueOf(a));
                if (!m.lookingAt() && !m.hitEnd()) {
                    java.util.Arrays.fill(row, NO); // no match can start with this character
                }
                rows[a] = row;
            }
            byte v = row[b];
            if (v == UNKNOWN) {
                v = answer(new char[] {a, b});
                row[b] = v;
            }
            if (v == NO || text.length() < 3 || a >= N3 || b >= N3) {
                return v == MAYBE;
            }
            char c = text.charAt(2);
            if (c >= N) {
                return true;
            }
            byte[] third = thirds[a * N3 + b];
            if (third == null) {
                third = new byte[N];
                thirds[a * N3 + b] = third;
            }
            byte w = third[c];
            if (w == UNKNOWN) {
                w = answer(new char[] {a, b, c});
                third[c] = w;
            }
            return w == MAYBE;
        }

        private byte answer(char[] start) {
            java.util.regex.Matcher m = pattern.matcher(new String(start));
            return m.lookingAt() || m.hitEnd() ? MAYBE : NO;
        }
    }

    /** Indexes of the unanchored patterns in {@link #FINDER}. */
    static final int FIND_COMMENT_FORM = 0;
    static final int FIND_COOKIE = 1;
    static final int FIND_COPYRIGHT = 2;
    static final int FIND_CAPTION = 3;
    static final int FIND_PROMO = 4;
    static final int FIND_DATE = 5;

    /**
     * The unanchored patterns with their openings: every match of a pattern starts with one of
     * its texts (or, for the date, a digit), read off the pattern's alternatives.
     * {@code OpeningScannerTest} checks the answers against {@code find()}.
     */
    static final OpeningScanner FINDER = new OpeningScanner(
            new Pattern[] {COMMENT_FORM, COOKIE, COPYRIGHT, CAPTION, PROMO, DATE},
            new String[][] {
                {"leave a ", "you are commenting using your", "connecting to %s", "notify me of ",
                    "your email address will not be published", "required fields are marked", "cancel reply",
                    "post comment", "logout", "log out", "logged in as", "this site uses akismet",
                    "save my name, email", "comment moderation", "to post a comment", "you must be logged in",
                    "fill in your details below", "click an icon to log in", "powered by wordpress", "like this:",
                    "like loading"},
                {"cookie", "accept", "consent", "agree", "kolačić", "kolacic"},
                {"©", "(c)", "copyright", "all rights reserved", "sva prava zadr", "alle rechte vorbehalten",
                    "tous droits réservés", "todos los derechos", "privacy policy", "terms of ", "impressum"},
                {"(", "?", ":", "[", "photo", "foto", "image", "pictured", "credit", "getty images", "/", "reuters/",
                    "ap photo", "epa-efe", "shutterstock", "anadolu agency/", "beta/", "tanjug/", "fonet"},
                {"app store", "google play", "download ", "get the app", "sign up for", "subscribe to our",
                    "our newsletter", "newsletter", "follow us on", "join us on", "support our journalism", "donate ",
                    "make a donation", "become a ", "install ", "available on "},
                {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "an ", "a ",
                    "one ", "two ", "three ", "yesterday", "today"},
            },
            new boolean[] {false, false, false, false, false, true},
            new boolean[] {false, false, false, false, false, true});

    /** Words a date match can contain: month names (by their first letters) and "two hours ago". */
    private static final Set<String> DATE_PARTS = words("a an one two three hour hours minute minutes min mins day"
            + " days week weeks ago yesterday today");
    private static final Set<String> MONTH_PREFIXES = words("jan feb mar apr may jun jul aug sep oct nov dec maj avg"
            + " okt avr mai jui ene abr ago dic");

    /** Whether the ASCII word low[start, end) could be part of a {@link #DATE} match. */
    static boolean maybeInDate(String low, int start, int end) {
        String w = low.substring(start, end);
        return DATE_PARTS.contains(w) || end - start >= 3 && MONTH_PREFIXES.contains(w.substring(0, 3));
    }
    static final String[] DATE_WORD_KEYS = {"ago", "yesterday", "today"};

    static boolean containsAny(String lower, String[] keys) {
        return containsAny(lower, keys, 0);
    }

    /** Whether {@code lower} holds one of {@code keys} at or after {@code from}. */
    static boolean containsAny(String lower, String[] keys, int from) {
        for (String k : keys) {
            if (lower.indexOf(k, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String... lists) {
        Set<String> set = new HashSet<>();
        for (String list : lists) {
            for (String w : list.split("\\s+")) {
                if (!w.isEmpty()) {
                    set.add(w);
                }
            }
        }
        return Set.copyOf(set);
    }
}
