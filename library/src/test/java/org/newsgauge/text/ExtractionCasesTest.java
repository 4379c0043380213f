package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgauge.text.extract.ArticleExtractor;

/**
 * Article shapes that a paragraph-by-paragraph classifier finds hard: short lines that are
 * sentences, question subheads, text cut in two by an inline box, hard-wrapped wire copy.
 */
class ExtractionCasesTest {

    private final DocumentReader reader = DocumentReader.defaults().withLanguageDetection(false);

    private String text(String content, SourceFormat format) {
        return reader.read(content, "case", format).text();
    }

    /** Asserts that the extracted text {@code t} has every one of {@code kept}. */
    private static void assertKeeps(String t, String... kept) {
        for (String k : kept) {
            assertTrue(t.contains(k), k + " missing from:\n" + t);
        }
    }

    /** Asserts that the extracted text {@code t} has none of {@code dropped}. */
    private static void assertDrops(String t, String... dropped) {
        for (String d : dropped) {
            assertFalse(t.contains(d), d + " kept in:\n" + t);
        }
    }

    @Test
    void aOneLinePlainTextIsItsOwnArticle() {
        SourceDocument d = reader.read("The coach praised the players after the match.\n", "one.txt", SourceFormat.TEXT);
        assertEquals("The coach praised the players after the match.", d.text());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aTextFileOfFiguresIsClassifiedWholeWithAWarning() {
        String story = "COBANCO INC <CBCO> YEAR NET. Shr 34 cts vs 1.19 dlrs Net 807,000 vs 2,858,000 Assets 510.2 mln vs"
                + " 479.7 mln Deposits 472.3 mln vs 440.3 mln Loans 299.2 mln vs 327.2 mln Note: 4th qtr not available. Reuter";
        SourceDocument d = reader.read(story + "\n", "earnings.txt", SourceFormat.TEXT);
        assertEquals(story, d.text());
        assertTrue(d.hasWarning(Warning.WHOLE_TEXT) && !d.hasWarning(Warning.NO_ARTICLE), d.warnings().toString());
        // a page of the same figures is still read by the extraction, which finds no article in it
        SourceDocument page = reader.read("<html><body><p>" + story + "</p></body></html>", "earnings.html", SourceFormat.HTML);
        assertTrue(page.hasWarning(Warning.NO_ARTICLE), page.warnings().toString());
    }

    @Test
    void aMarkdownFileOfFiguresIsClassifiedWholeWithoutItsMarkup() {
        String story = "Shr 34 cts vs 1.19 dlrs Net 807,000 vs 2,858,000 Assets 510.2 mln vs 479.7 mln Deposits 472.3 mln"
                + " vs 440.3 mln Loans 299.2 mln vs 327.2 mln";
        SourceDocument d = reader.read("**" + story + "**\n", "earnings.md", SourceFormat.MARKDOWN);
        assertTrue(d.hasWarning(Warning.WHOLE_TEXT), d.warnings().toString());
        assertTrue(d.text().contains("Shr 34 cts") && !d.text().contains("**"), d.text());
    }

    @Test
    void aShortTextFileWithACaptionAndAPhotoLineIsClassifiedWholeWithAWarning() {
        // a 2011 wire photo page as a search index stores it: headline, dateline, a caption of few
        // stop-words, the lead, and the word "Photo" where the page was cut
        String text = "Joyful Serbia celebrates Novak victory\nChina Daily | Updated: 2011-07-05 07:59\n"
                + "Supporters of Serbian tennis player Novak Djokovic celebrate his victory at the Wimbledon tournament on"
                + " Sunday in Belgrade. Hundreds of mostly young people filled the center of the capital Belgrade, chanting"
                + " Djokovic's nickname \"Nole\", as dozens of cars waving Serbian flags drove around honking their horns."
                + " Alexa Stankovic / Agence France-Presse |\n"
                + "BELGRADE - Novak Djokovic's first Wimbledon crown was greeted by celebrations on the streets of Serbia on"
                + " Sunday.\nPhoto";
        SourceDocument d = reader.read(text, "photo.txt", SourceFormat.TEXT);
        assertTrue(d.hasWarning(Warning.WHOLE_TEXT) && !d.hasWarning(Warning.NO_ARTICLE), d.warnings().toString());
        assertTrue(d.text().contains("first Wimbledon crown"), d.text());
        // three short lines beside it are a page's furniture: still no article
        SourceDocument menu = reader.read(text + "\nShare\nMore stories\nContact", "menu-too.txt", SourceFormat.TEXT);
        assertTrue(menu.hasWarning(Warning.NO_ARTICLE), menu.warnings().toString());
    }

    @Test
    void aPlainTextMenuIsStillNoArticle() {
        SourceDocument d = reader.read("Home\nNews\nSport\nContact\n", "menu.txt", SourceFormat.TEXT);
        assertEquals("", d.text());
        assertTrue(d.warnings().stream().anyMatch(w -> w.code().equals(Warning.NO_ARTICLE)), d.warnings().toString());
    }

    @Test
    void shortParagraphsInATableLayoutAreKept() {
        String html = "<html><head><title>Site - Police secure ceremony</title></head><body><table><tr>"
                + "<td><a href='/a'>Latest</a><br><a href='/b'>Analysis</a><br><a href='/c'>Contact</a></td>"
                + "<td><b>Police secure ceremony in Peja</b><br>"
                + "Police and KFOR provided security on Sunday for the ceremony at the monastery, as hundreds of "
                + "pilgrims attended without incident.<br><br>"
                + "Police set up checkpoints on the roads and escorted buses. Officials said the event showed that "
                + "religious freedom is guaranteed.<br><br>"
                + "The president attended the ceremony.<br><br>"
                + "Officials said no incidents were reported along the route.</td>"
                + "<td><b>Most Read</b><br>1. <a href='/x'>Film wins top prize at festival</a><br>"
                + "2. <a href='/y'>Airport closed for hours after bomb threat</a></td></tr></table></body></html>";
        String t = text(html, SourceFormat.HTML);
        assertTrue(t.contains("The president attended the ceremony."), t);
        assertTrue(t.contains("Officials said no incidents were reported along the route."), t);
        assertFalse(t.contains("Film wins"), t);
        assertFalse(t.contains("Analysis"), t);
    }

    private static final String REPORT = "<div>Kosovo and Serbia reached a deal late on Wednesday to end a dispute over vehicle"
            + " licence plates, the European Union's foreign policy chief said after talks in Brussels.</div>"
            + "<div>Under the agreement, Serbia will stop issuing licence plates with the names of Kosovo towns, and Kosovo"
            + " will cease further actions related to the re-registration of vehicles.</div>"
            + "<div>The dispute had raised fears of renewed unrest in northern Kosovo, where Serb mayors, judges and police"
            + " officers resigned this month in protest against the plan.</div>";
    private static final String COMMENT = "Kosovo is Serbia and always will be. The so-called Kosovo state is a NATO creation"
            + " run by terrorists who ethnically cleansed our people, and Brussels only helps the separatists take our land.";

    @Test
    void longReaderCommentsAfterTheArticleAreLeftOutByTheirSectionsClassOrHeading() {
        // no heading: the section's class and id alone; the comment is long and reads like article prose
        String byClass = "<html><body><div class='content'><div class='text'>" + REPORT + "</div></div>"
                + "<section class='widget comments'><p>" + COMMENT + "</p></section>"
                + "<div class='footer'>Copyright 2022 News Portal.</div></body></html>";
        String t = text(byClass, SourceFormat.HTML);
        assertTrue(t.contains("Under the agreement") && !t.contains("so-called"), t);
        // a heading with the count after it starts the comments section, whatever the markup below
        for (String heading : new String[] {"Comments (12)", "Comments: 3", "Comments [3]", "Komentari (4)"}) {
            String byHeading = "<html><body><div class='story'>" + REPORT + "</div><div class='talk'><h3>" + heading + "</h3>"
                    + "<div class='c1'><div class='ctext'>" + COMMENT + "</div></div></div></body></html>";
            String h = text(byHeading, SourceFormat.HTML);
            assertTrue(h.contains("Under the agreement") && !h.contains("so-called"), heading + ": " + h);
        }
    }

    @Test
    void theParagraphsAfterAnInlineFigureReadOn() {
        // BBC's layout: a figure with its credit and caption, then the closing paragraphs, then a Related box
        String html = "<html><body><article>" + REPORT
                + "<div data-component='image-block'><figure><img src='x.jpg' alt='bridge'/><span>Reuters</span>"
                + "<figcaption>The bridge over the Ibar river in Mitrovica remains a flashpoint</figcaption></figure></div>"
                + "<div><p>Western diplomats privately say both sides bear responsibility for the deadlock in the EU-mediated"
                + " dialogue, which was supposed to deliver an association of municipalities.</p></div>"
                + "<div><p>Until that happens, says Dragan, the queue will keep growing.</p></div>"
                + "<div class='links'><h2>Related</h2><ul><li><a href='/1'>Gunmen storm monastery</a></li>"
                + "<li><a href='/2'>Why are Serbia and Kosovo at loggerheads?</a></li></ul></div></article></body></html>";
        String t = text(html, SourceFormat.HTML);
        assertTrue(t.contains("Western diplomats privately say") && t.contains("the queue will keep growing"), t);
        assertFalse(t.contains("flashpoint") || t.contains("Gunmen"), t);
    }

    @Test
    void aLiveBlogKeepsItsShortUpdates() {
        StringBuilder html = new StringBuilder("<html><body><h1>Kosovo-Serbia tensions live: crossing closed</h1>"
                + "<div id='liveblog-body' class='article-body'>");
        String[][] updates = {
            {"16.05", "KFOR says situation calm", "<p>The NATO-led mission in Kosovo says the situation in the north is calm"
                + " but tense and that it has deployed additional troops to both closed crossings.</p>"},
            {"15.22", "Belgrade responds", "<p>Serbia's prime minister has just finished a press conference in Belgrade,"
                + " where he spoke about the closed crossings and the queues of trucks.</p><p>\"Serbia will not stand idly"
                + " by while our people are left without food and medicine because of a closed border,\" he said.</p>"
                + "<p>Trucks carrying goods to the north have been queuing on the Serbian side since the early morning,"
                + " according to the customs administration in Belgrade.</p>"},
            {"14.40", "Pristina on reopening", "<p>Kosovo's interior ministry says the crossings will reopen when it is safe"
                + " to do so and accuses criminal groups of firing on police.</p>"},
        };
        for (String[] u : updates) {
            html.append("<article class='block' id='block-").append(u[0]).append("'><header><a href='?page=with:block'><time>1h ago</time>")
                    .append("<span>").append(u[0]).append(" CET</span></a><h2>").append(u[1]).append("</h2></header>")
                    .append("<div class='block-body'>").append(u[2]).append("</div><footer><p>Updated at ").append(u[0])
                    .append(" CET</p><button>Share</button></footer></article>");
        }
        html.append("</div></body></html>");
        String t = text(html.toString(), SourceFormat.HTML);
        assertKeeps(t, "calm but tense", "will not stand idly by", "accuses criminal groups", "KFOR says situation calm",
                "Pristina on reopening");
        assertFalse(t.contains("Updated at"), t);
    }

    @Test
    void aPublishersAppealForMoneyIsNoArticleTextButNewsOfContributionsIs() {
        String html = "<html><body><article><div class='article-body'>" + REPORT
                + "<p>Pensioners in the north say the monthly contribution to the pension fund has not arrived since the"
                + " dinar was banned, and a one-off payment promised by Belgrade is late.</p></div>"
                + "<div id='slot-body-end'><div data-testid='contributions-epic'>"
                + "<h2>Can you spare a moment to support independent reporting from the Balkans?</h2>"
                + "<p>You've read 17 articles in the last year. The paper has no shareholders and no billionaire owner, which"
                + " means our journalism is free from commercial and political influence, and that is rare today.</p>"
                + "<p>Unlike many others, we have chosen to keep our reporting open for all readers, regardless of where"
                + " they live or what they can afford to pay, because we believe everyone deserves to know the facts.</p>"
                + "<p>If you can, please consider supporting us with a small monthly contribution. It takes less than a"
                + " minute to set up, and you can be sure that you are making a big impact.</p></div></div>"
                + "<p><em>Do you have an opinion on the issues raised in this article? If you would like to submit a"
                + " response of up to 300 words by email to be considered for publication, email us.</em></p>"
                + "</article></body></html>";
        String t = text(html, SourceFormat.HTML);
        assertTrue(t.contains("Under the agreement") && t.contains("monthly contribution to the pension fund"), t);
        assertDrops(t, "spare a moment", "17 articles", "Unlike many others", "small monthly", "opinion on the issues");
        // a report on support for journalism is news, however often it says so
        String news = "<html><body><article><p>The EU announced a fund to support independent journalism in the Western"
                + " Balkans on Tuesday, with grants for newsrooms in Kosovo and Serbia over the next three years.</p>"
                + "<p>Editors in Pristina and Belgrade welcomed the plan, saying it would support independent reporting at a"
                + " time when advertising money is scarce and pressure from governments is growing.</p>"
                + "<p>The first grants are to be awarded in the spring, the European Commission said in a statement.</p>"
                + "<p>Media freedom groups have warned for years that journalists in both countries face lawsuits, smear"
                + " campaigns and physical attacks, and that few of the cases ever reach a court.</p>"
                + "<p>The fund will also pay for training in fact-checking and for legal aid to reporters who are sued over"
                + " their work, the Commission said, adding that applications open in January.</p>"
                + "</article></body></html>";
        assertTrue(text(news, SourceFormat.HTML).contains("Editors in Pristina and Belgrade welcomed the plan"));
    }

    @Test
    void aReadMoreBoxIsAnotherStorysButALabelInTheBodyDropsNothingAfterIt() {
        String box = "<div class='read-more-box'><div class='read-more-title'>Read more:</div><h4><a href='/x'>Kosovo"
                + " Closes Serbian Bank Branches</a></h4><p class='read-more-excerpt'>Hundreds of Kosovo Serbs have been"
                + " crossing into Serbia every month to collect pensions since Pristina banned the dinar.</p></div>";
        String t = text("<html><body><article>" + REPORT + box + "<p>The head of the Serbian government's Office for Kosovo"
                + " called the action an act of terror and said thousands of pensioners would be left without payments.</p>"
                + "</article></body></html>", SourceFormat.HTML);
        assertKeeps(t, "Under the agreement", "Office for Kosovo called the action");
        assertDrops(t, "Hundreds of Kosovo Serbs", "Bank Branches");
        // the label among the body's own paragraphs: what follows it is the article's
        String inBody = text("<html><body><article><div class='body'>" + REPORT + "<div>Read more:</div>"
                + "<p>The head of the Serbian government's Office for Kosovo called the action an act of terror.</p>"
                + "<p>Local Serbs gathered in front of the post office in North Mitrovica on Monday afternoon, but police"
                + " said the protest passed without incident.</p></div></article></body></html>", SourceFormat.HTML);
        assertKeeps(inBody, "Office for Kosovo called the action", "Local Serbs gathered");
    }

    @Test
    void whatOnlyLooksLikeAnAppealASignOffABoxOrALiveBlogStaysAsItWas() {
        // a leader quoted asking for support, a sentence that starts "Reporting by", a court's ban
        String quotes = text("<html><body><article>" + REPORT + "<p>Reporting by the Belgrade daily Danas showed that the"
                + " plates had been ordered months before the talks began in Brussels.</p><p>The president urged Western"
                + " allies to support us with more pressure on Pristina, and said Serbia would not give up its claim.</p>"
                + "<p>The court ruled that the names of the victims may not be published without the consent of their"
                + " families, and adjourned the trial until next month.</p></article></body></html>", SourceFormat.HTML);
        assertKeeps(quotes, "Reporting by the Belgrade daily", "support us with more pressure", "may not be published");
        // "Watch:" before a video and the body's paragraphs is no read-more box
        String watch = text("<html><body><article><p>The deal ends a dispute that brought the two sides close to violence"
                + " this month, and the EU hopes it opens the way to a wider agreement between them.</p><div class='body'>"
                + "<p>Watch:</p><iframe src='v'></iframe>" + REPORT.replace("div>", "p>") + "</div></article></body></html>",
                SourceFormat.HTML);
        assertKeeps(watch, "Under the agreement", "fears of renewed unrest");
        // teaser cards beside the main story, each an <article>: not a live blog
        StringBuilder cards = new StringBuilder("<html><body><main><article class='story'>" + REPORT + "<p>" + COMMENT
                + "</p></article>");
        for (int i = 0; i < 3; i++) {
            cards.append("<article class='card'><header><h3>Montenegro parliament elects a new speaker ").append(i)
                    .append("</h3></header><p>The vote ends months of deadlock in Podgorica over the coalition deal.</p>")
                    .append("</article>");
        }
        String c = text(cards.append("</main></body></html>").toString(), SourceFormat.HTML);
        assertKeeps(c, "Under the agreement");
        assertDrops(c, "Montenegro parliament", "months of deadlock");
        // a figure after the article's end: the blurbs after it do not read on
        String after = text("<html><body><article>" + REPORT + "</article><figure><img src='p.jpg' alt=''/>"
                + "<span>Reuters</span><figcaption>A police patrol near the Jarinje crossing</figcaption></figure>"
                + "<div class='more'><p>Montenegro parliament elects a new speaker after months of deadlock over the"
                + " coalition deal in Podgorica</p><p>Albania's prime minister visits Brussels for talks on the next"
                + " chapter of the accession negotiations</p></div></body></html>", SourceFormat.HTML);
        assertKeeps(after, "Under the agreement");
        assertDrops(after, "Montenegro parliament", "Albania's prime minister");
    }

    @Test
    void publishersNoticesAmongTheParagraphsAreNoArticleText() {
        String html = "<html><body><article>" + REPORT
                + "<div class='vjs-wrapper'><p class='vjs-no-js'>To view this video please enable JavaScript, and consider"
                + " upgrading to a web browser that supports HTML5 video</p></div>"
                + "<div class='td-a-rec'><span class='td-adspot-title'>- Advertisement -</span></div>"
                + "<p>Local Serbs gathered in front of the post office in North Mitrovica on Monday afternoon, but police"
                + " said the protest passed without incident.</p>"
                + "<div class='k2-disclaimer'><p>This publication was produced with the financial support of the European"
                + " Union. Its contents are the sole responsibility of the author and do not necessarily reflect the views"
                + " of the European Union.</p></div><p><em>This story was originally written in English.</em></p>"
                + "<div class='popup-container'><p>We and our partners process data to provide: Use precise geolocation"
                + " data. Actively scan device characteristics for identification.</p></div></article></body></html>";
        String t = text(html, SourceFormat.HTML);
        assertKeeps(t, "Under the agreement", "Local Serbs gathered");
        assertDrops(t, "enable JavaScript", "Advertisement", "financial support", "originally written", "geolocation");
        // a report on EU funding is news
        String news = text("<html><body><article>" + REPORT + "<p>The new bridge was built with the support of the EU,"
                + " which paid for most of it, officials in Mitrovica said on Monday.</p><p>The documentary was produced"
                + " with the support of the EU delegation and will be shown in Pristina and Belgrade next month.</p>"
                + "</article></body></html>",
                SourceFormat.HTML);
        assertKeeps(news, "built with the support of the EU", "documentary was produced with the support");
    }

    @Test
    void wireSignOffsAndCreditsAreNoArticleText() {
        String html = "<html><body><article>" + REPORT
                + "<p>Local media said the decision followed reporting by a Belgrade daily on the plates, which the"
                + " government in Pristina had denied for weeks before the talks in Brussels.</p>"
                + "<p>___</p><p>Semini reported from Tirana, Albania. Associated Press writer Dusan Stojanovic in Belgrade,"
                + " Serbia, contributed.</p><p>Follow AP's coverage of the Western Balkans at https://apnews.com/hub/balkans</p>"
                + "<p>Reporting by Fatos Bytyci in Pristina; Editing by Mark Heinrich</p>"
                + "<p>Texts, photos and videos published on the portal may not be republished without permission.</p>"
                + "</article></body></html>";
        String t = text(html, SourceFormat.HTML);
        assertTrue(t.contains("followed reporting by a Belgrade daily") && t.contains("Under the agreement"), t);
        assertDrops(t, "___", "Semini reported", "Follow AP", "Editing by", "republished");
    }

    @Test
    void sectionNamesThatOnlyLookLikeCommentsKeepTheArticle() {
        // an opinion piece's section ("tone-comment"), an article open to comments ("comments-open") and a comment
        // count are no comment sections: their paragraphs were dropped as boilerplate when shorter than 200 characters
        for (String cls : new String[] {"tone-comment", "section-comment", "entry-content comments-open", "comment-count"}) {
            String html = "<html><body><div class='standfirst'><p>The deal ends a dispute that brought the two sides close to"
                    + " violence this month, and the EU hopes it opens the way to a wider agreement.</p></div>"
                    + "<div class='" + cls + "'>" + REPORT + "</div></body></html>";
            String t = text(html, SourceFormat.HTML);
            assertTrue(t.contains("Under the agreement") && t.contains("The deal ends"), cls + ": " + t);
        }
        // long paragraphs all inside a section named for comments, nothing before them: kept as they were
        String allInside = "<html><body><div id='comments'><p>" + COMMENT + " " + COMMENT + "</p><p>Under the agreement, "
                + COMMENT + "</p></div></body></html>";
        assertTrue(text(allInside, SourceFormat.HTML).contains("Under the agreement"));
    }

    @Test
    void anExplainerKeepsItsQuestionsAndTheTextAfterAnInlineBox() {
        String html = "<html><head><title>Protest: what we know</title></head><body><main><article>"
                + "<header><h1>Protest: what we know</h1></header><section class='story'>"
                + "<p>Two men died and dozens of people were injured on Saturday when police fired rubber bullets "
                + "at a protest. Here is what we know.</p>"
                + "<p>Who was protesting?</p>"
                + "<p>A movement that wants full independence. Thousands marched to reject the envoy's proposal.</p>"
                + "<aside class='inline-related'><h4>Related</h4><ul>"
                + "<li><a href='/1'>Tourism breaks record with 21 million visitors</a></li>"
                + "<li><a href='/2'>Junta air strike hits village</a></li></ul></aside>"
                + "<p>What happened?</p>"
                + "<p>Protesters tried to push towards the government building. Police fired tear gas. A unit fired "
                + "rubber bullets. Two protesters were killed and more than 70 people were injured.</p>"
                + "<p>Has anyone resigned?</p>"
                + "<p>Yes. The interior minister resigned on Sunday. The head of the police also stepped down.</p>"
                + "</section></article></main></body></html>";
        String t = text(html, SourceFormat.HTML);
        for (String kept : new String[] {"Who was protesting?", "A movement that wants", "What happened?",
            "Has anyone resigned?", "Two men died"}) {
            assertTrue(t.contains(kept), kept + " missing from:\n" + t);
        }
        assertFalse(t.contains("Tourism breaks record"), t);
    }

    @Test
    void hardWrappedWireCopyIsJoinedIntoParagraphs() {
        String wire = "ADRIATIC WIRE SERVICE\n==============================\n\nPRIORITY: ROUTINE    SLUG: SERBIA\n"
                + "June 2, 2024 at 9:15 am\n\n"
                + "Serbia begins exhuming suspected mass grave at mine\n\n"
                + "Serbian authorities have begun exhuming a suspected mass grave at\n"
                + "the Kizevak mine near Raska, believed to contain the remains of\n"
                + "Kosovo Albanians killed in 1999.\n\n"
                + "The site was identified with information exchanged by the Belgrade\n"
                + "and Pristina missing persons commissions, with the help of\n"
                + "international experts. Kosovo's commission said families had waited\n"
                + "more than twenty years.\n\n"
                + "More than 1,600 people remain missing from the Kosovo war.\n\n"
                + "Investigators expect the work at the site to take weeks.\n\n"
                + "Latest headlines:\n\n- Skopje airport closed for hours after bomb threat\n"
                + "- Tirana mayor arrested in corruption probe\n";
        ExtractionResult r = ArticleExtractor.extract(wire, SourceFormat.TEXT, false);
        assertEquals("Serbia begins exhuming suspected mass grave at mine", r.title());
        assertTrue(r.body().startsWith("Serbian authorities have begun exhuming a suspected mass grave at the Kizevak "
                + "mine near Raska, believed to contain the remains of Kosovo Albanians killed in 1999.\n\n"), r.body());
        assertTrue(r.body().endsWith("Investigators expect the work at the site to take weeks."), r.body());
    }

    @Test
    void headlinesOneALineAreNotTakenForWrappedText() {
        String page = "Body text of the story, which ends here with a full stop and is long enough to count as text "
                + "for the classifier and its neighbours.\n\nMore stories\n"
                + "Skopje airport closed for hours after bomb threat\n"
                + "Slovenia opens new rail link to the port of Koper\n"
                + "Taiwan reports Chinese warships near its coast today\n"
                + "Russian missile strike kills 14 in Odesa apartment block\n"
                + "Hungary blocks EU statement on Georgia after talks\n";
        String t = text(page, SourceFormat.TEXT);
        assertFalse(t.contains("Slovenia opens"), t);
    }

    @Test
    void gluedShareWidgetLabelsAreNeitherTitleNorText() {
        // a page saved as text: the widgets' labels run together ("articleComments")
        String page = "Sparks fly as police increase presence in the north\n\n"
                + "Police officers guard the offices of the election commission, 9 December 2022 Copyright AP Photo/V. K.\n"
                + "By A. Reporter with AP, Reuters\n"
                + "Share this articleComments\n"
                + "Share this articleClose Button\n\n"
                + "The months-long dispute has brought tensions to new levels and led to protests and attacks on police officers.\n\n"
                + "Increased police presence in the northern municipalities followed several incidents in recent days, officials said.\n\n"
                + "The spike in hostilities was set off by the call for snap elections in four municipalities in the north, "
                + "which the main local party said it would boycott.\n\n"
                + "Earlier this week some local electoral offices were damaged and shooting was heard in several villages, "
                + "raising fears of a further escalation, the police said in a statement on Friday evening.\n";
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, false);
        assertEquals("Sparks fly as police increase presence in the north", r.title());
        assertFalse(r.text().contains("Share this"), r.text());
        assertTrue(r.text().contains("Increased police presence"), r.text());
    }

    @Test
    void newsAboutMembershipsAndDonationsIsNotPromotion() {
        String page = "Assembly backs Kosovo's membership bid\n\n"
                + "STRASBOURG - The assembly voted on Tuesday, 131 to 29, to recommend that Kosovo be invited to become a member of the Council of Europe.\n\n"
                + "Japan donated 20 ambulances to hospitals in the north, the embassy said.\n\n"
                + "The ministers will take the final decision in May, which requires a two-thirds majority of the member states.\n\n"
                + "Support our journalism. Donate now to keep our reporting free.\n";
        String t = text(page, SourceFormat.TEXT);
        assertTrue(t.contains("to become a member of the Council of Europe"), t);
        assertTrue(t.contains("Japan donated 20 ambulances"), t);
        assertFalse(t.contains("Donate now"), t);
    }

    private static final String BODY = "The trial of three of the defendants opened on Tuesday in the special court, where prosecutors "
            + "read the indictment for more than an hour and the defendants pleaded not guilty.\n\n"
            + "Lawyers for the family of the police officer killed in the attack asked for the maximum sentence, "
            + "while the defence said the men had been recruited without knowing the plan.\n\n"
            + "The court adjourned the hearing until next month, when the first witnesses are to be heard, "
            + "the presiding judge said.\n";

    @Test
    void aTextFilesFirstLineIsItsHeadlineEvenWhenItNamesADay() {
        String page = "Three accused appear before the court today\n\nTue 14th May 2024\n\n" + BODY;
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, false);
        assertEquals("Three accused appear before the court today", r.title());
        assertFalse(r.text().contains("14th May"), r.text());
    }

    @Test
    void aHeadlineNamingADaySavedTwiceIsStillOneHeadline() {
        // the title and the heading of a page saved as text: one dated headline, not a story listing
        String headline = "Three accused appear before the court today";
        String page = headline + "\n\n" + headline + "\n\nTue 14th May 2024\n\n" + BODY;
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, false);
        assertEquals(headline, r.title(), r.blocks().toString());
    }

    @Test
    void aDatelineIsNotAHeadline() {
        String page = "Menu | News | Sport\n\nFri 28th February 2020\n\n" + BODY;
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, false);
        assertEquals("", r.title());
    }

    @Test
    void theSentenceUnderTheHeadlineIsTheStandfirst() {
        String page = "Crossings in the north open for traffic\n\n"
                + "The minister confirmed on Sunday evening that the crossing has been opened for passenger traffic.\n\n"
                + "(Staff) Monday, August 01, 2011\n\n" + BODY;
        String t = text(page, SourceFormat.TEXT);
        assertTrue(t.contains("The minister confirmed on Sunday evening"), t);
        // and where the body repeats it, it is not read twice
        String repeated = "Crossings in the north open for traffic\n\n"
                + "The minister confirmed on Sunday evening that the crossing has been opened for passenger traffic.\n\n"
                + "(Staff) Monday, August 01, 2011\n\n"
                + "The minister confirmed on Sunday evening that the crossing has been opened for passenger traffic. "
                + "Soldiers removed the barbed wire and the first cars were let through.\n\n" + BODY;
        String r = text(repeated, SourceFormat.TEXT);
        assertEquals(r.indexOf("The minister confirmed"), r.lastIndexOf("The minister confirmed"), r);
        // the Guardian's standfirst has no full stop, and a figure follows it
        String guardian = "<html><body><div class='header'><a href='/'>Home</a></div><h1>Kosovo election winner vows to"
                + " keep pressure on Serb parallel structures</h1><div class='sf'><p>Prime minister-designate says"
                + " closures of Serbian-run institutions will continue, as Belgrade threatens to boycott talks</p></div>"
                + "<div class='byline'><a href='/p/x'>Jane Reporter</a></div><div class='date'>Mon 17 Nov 2025 10.00 GMT</div>"
                + "<div class='article-body'>" + REPORT + "</div></body></html>";
        String g = text(guardian, SourceFormat.HTML);
        assertTrue(g.contains("Prime minister-designate says closures") && g.contains("Under the agreement"), g);
        // an opinion piece puts its author's name between the headline and the standfirst
        String opinion = "<html><body><div class='header'><a href='/'>Home</a></div><h1>Europe keeps treating Kosovo and"
                + " Serbia as equal troublemakers</h1><div class='author'><a href='/p/ana'>Ana Petrovic</a></div>"
                + "<div class='sf'><p>Brussels' even-handedness sounds like diplomacy, but it has rewarded Belgrade's"
                + " brinkmanship and punished Pristina</p></div><div class='date'>Mon 17 Nov 2025 07.00 CET</div>"
                + "<div class='article-body'>" + REPORT + "</div></body></html>";
        assertKeeps(text(opinion, SourceFormat.HTML), "even-handedness sounds like diplomacy", "Under the agreement");
    }

    @Test
    void aHeadlineAndLeadGluedToThePhotoCreditAreKeptWithoutTheCredit() {
        // how some pages come out of a scraper: section, headline, lead, source, date, share
        // buttons and photo credit on one line
        String page = "Politics High tensions at the crossings, special units deployed; An emergency session pending "
                + "Serbs from the north were disturbed by the events at the Jarinje and Brnjak crossings, as the "
                + "authorities sent armed units there. Source: B92 Tuesday, September 21, 2021 | 07:57 Tweet Share "
                + "Foto: Tanjug/AP Photo/B. S.\n\n" + BODY;
        String t = text(page, SourceFormat.TEXT);
        assertTrue(t.contains("as the authorities sent armed units there."), t);
        assertFalse(t.contains("Tanjug/AP"), t);
        assertFalse(t.contains("Tweet Share"), t);
        // a caption that starts with its credit is still a caption
        String caption = "Photo: AP/V. K. Police officers guard the offices of the election commission in the "
                + "ethnically divided town of northern Mitrovica on Friday, while protesters gather outside the building "
                + "and journalists wait for a statement from the commission.\n\n" + BODY;
        assertFalse(text(caption, SourceFormat.TEXT).contains("Police officers guard"), text(caption, SourceFormat.TEXT));
    }

    @Test
    void aLongParagraphThatMentionsAPhotoLateIsKeptWhole() {
        // a credit pattern deep inside a paragraph of the story, with story text after it, is not
        // a credit glued to the end of a headline: the paragraph (over 400 characters, never a
        // caption) must not be cut there and lose its second half
        String para = "Police in northern Mitrovica detained two men on Tuesday after a clash near the main bridge, "
                + "the regional police commander told reporters. Serbian President Aleksandar Vucic condemned the arrests "
                + "and said Belgrade would ask the EU to intervene. The two men were released later that evening after "
                + "questioning; the ministry later released a photo: it showed both men leaving the station, and the bridge "
                + "was reopened to traffic shortly before midnight, local media said. Residents on both sides of the river "
                + "said they feared the incident would delay the talks.";
        String t = text("Police detain two men near Mitrovica bridge\n\n" + para + "\n\n" + BODY, SourceFormat.TEXT);
        assertTrue(t.contains(para), t);
        // nor is an agency named at the end of a sentence: prose follows the pattern, not names
        String told = para.replace("local media said. Residents on both sides of the river said they feared the incident "
                + "would delay the talks.", "the Interior Minister told Beta/FoNet on Tuesday.").replace("a photo: it", "a picture that");
        t = text("Police detain two men near Mitrovica bridge\n\n" + told + "\n\n" + BODY, SourceFormat.TEXT);
        assertTrue(t.contains(told), t);
    }

    @Test
    void aDatedSectionLineAboveTheHeadlineIsNotTakenForIt() {
        // the first line names a day but is a section or menu line: the headline under it stays the title
        for (String first : List.of("Latest news from Monday, 21 September 2021", "Home News Politics Monday 20 September")) {
            String page = first + "\n\nThree accused of the Banjska attack appear in court\n\nTue 14th May 2024\n\n" + BODY;
            ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, false);
            assertEquals("Three accused of the Banjska attack appear in court", r.title(), first);
        }
    }

    @Test
    void shareBarsNamingCamelCaseServicesAreStillShareButtons() {
        // splitting glued labels at a capital ("articleComments") must not split the services'
        // own names: "WhatsApp", "LinkedIn", "YouTube", "TikTok" are share words whole
        for (String bar : List.of("Share on WhatsApp", "Share: Facebook Twitter LinkedIn Email", "Share: YouTube TikTok Instagram")) {
            String page = "Three accused of the Banjska attack appear in court\n\n" + bar + "\n\n" + BODY;
            ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, true);
            assertTrue(r.blocks().stream().anyMatch(b -> b.text().equals(bar) && b.reason().equals("share buttons")),
                    bar + ": " + r.blocks());
        }
    }

    @Test
    void aHeadlineSavedTwiceAboveTagsDatesAndAMarkupLineIsTheTitle() {
        // a page saved as text (seen on a real agency page): the title and the heading repeat the
        // headline, then the description, dates, a run of lower-case tags, the XPath the scraper
        // read and an image address, and only then the article
        String headline = "'We Have a Deal!': Serbia, Kosovo Reach Agreement on License Plates";
        String page = "date 2022-11-23 https://news.example/20221123/we-have-a-deal-1104612996.html\n\n"
                + headline + "\n\n" + headline + "\n\n"
                + "MOSCOW - Serbia and Kosovo have reached an agreement on the issue of license plates... 23.11.2022, Agency\n\n"
                + "2022-11-23T22:45+0000\n\n2022-11-23T22:42+0000\n\nworld\n\nkosovo\n\nserbia\n\nlicense plate readers\n\n"
                + "josep borrell\n\n/html/head/meta[@name='og:title']/@content /html/head/meta[@name='og:description']/@content\n\n"
                + "https://cdn.example/img/07e6/08/1c/1100093785_305:0:1585:720_1920x0_80.jpg\n\n" + BODY;
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, true);
        assertEquals(headline, r.title());
        assertTrue(r.blocks().stream().anyMatch(b -> b.text().startsWith("/html/head") && b.reason().equals("markup or code")),
                r.blocks().toString());
        assertFalse(r.text().contains("@content"), r.text());
    }

    @Test
    void aHeadlineSavedTwiceAboveTagsAloneIsTheTitle() {
        // no date, markup or image line between the tags and the article: context revision then
        // calls the two copies "short, at the edge of the article", no longer "repeated line"
        String headline = "3 of the Accused Serbs Appear Before a Court in Belgrade";
        String page = headline + "\n\n" + headline + "\n\nworld\n\nkosovo\n\nserbia\n\nlicense plate readers\n\n"
                + "josep borrell\n\nbelgrade\n\npristina\n\neu\n\n" + BODY;
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, true);
        assertEquals(headline, r.title(), r.blocks().toString());
    }

    @Test
    void aMenuLineRepeatedAboveAndBelowTheArticleIsNoTitle() {
        // a menu without separators, saved at the top and again at the foot of the page: repeated,
        // headline-shaped, but not the title and heading saved one after the other
        String menu = "Home News Politics Region World Sport";
        String page = "https://news.example/20221123/trial-opens.html\n\n" + menu + "\n\n2022-11-23T22:45+0000\n\n"
                + "world\n\nkosovo\n\nserbia\n\nlicense plate readers\n\njosep borrell\n\nbelgrade\n\npristina\n\neu\n\n"
                + "/html/head/meta[@name='og:title']/@content\n\n" + BODY + "\n" + menu + "\n";
        ExtractionResult r = ArticleExtractor.extract(page, SourceFormat.TEXT, true);
        assertFalse(menu.equals(r.title()), r.blocks().toString());
    }
}
