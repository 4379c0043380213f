#!/usr/bin/env python3
"""Writes the extraction test set: page-NN.<ext> + page-NN.gold.txt + manifest.tsv.

Deterministic (fixed seed). Pages imitate what scrapers deliver: menus, tickers, breadcrumbs,
headline twice, bylines, captions, "Read more" links, related / most read lists, tags, share
buttons, comment forms, cookie notices, footers, in many different site designs.
Run from this directory: python3 make_test_pages.py
"""
import html
import os
import random

from articles import ARTICLES
from furniture import *  # noqa

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

EXTRA = {  # background paragraphs for the shorter articles
 "a10": "Bulgaria and Romania joined the zone for air and sea travel earlier this year, while land checks with them remain.",
 "a12": "The war began after the Hamas-led attack on southern Israel in October 2023. Gaza's health ministry says tens of thousands of Palestinians have since been killed, and most of the territory's population has been displaced.",
 "a14": "The agreement was signed in June 2018 on the shores of Lake Prespa, where the borders of Greece, North Macedonia and Albania meet, and was ratified by both parliaments after bitter debates.",
 "a15": "The war began in April 2023 when a power struggle between the army chief and the RSF commander erupted into open fighting in the capital, Khartoum, and quickly spread to other regions.",
 "a17": "Under Kosovo's constitution, a government needs the support of at least 61 of the 120 members of parliament. Forming a coalition has taken months after previous elections.",
 "a18": "Earlier in the week the pope had presided over the Holy Thursday rites at a prison in Rome, where he washed the feet of inmates, a ritual he has performed throughout his papacy.",
 "a20": "Moldova applied to join the European Union after Russia's invasion of Ukraine and opened accession talks in June 2024, together with Ukraine.",
 "a21": "The Patriarchate of Pec was the seat of the Serbian Orthodox Church for centuries and is one of the most important places of worship for Serbs, who consider Kosovo the cradle of their medieval state.",
 "a22": "Relations between the two neighbours hit a low in 2020 when their warships faced each other in the eastern Mediterranean during a standoff over gas exploration.",
 "a24": "Most countries of the European Union have not recognised a Palestinian state, arguing that recognition should come as part of a negotiated peace agreement between the parties.",
 "a25": "The north of Kosovo has been the scene of repeated tensions since 2022, when Serbs left state institutions in protest at a decision on licence plates, and the government has since extended its control over the area.",
 "a26": "Chios, in the eastern Aegean close to the Turkish coast, was hit by a major wildfire in 2012 that burned large areas of forest and farmland in the south of the island.",
}


def article(aid):
    for a in ARTICLES:
        if a[0] == aid:
            paras = list(a[3])
            if aid in EXTRA:
                paras.append(EXTRA[aid])
            return {"id": a[0], "lang": a[1], "title": a[2], "paras": paras}
    raise KeyError(aid)


def plain(p):
    if p.startswith("## ") or p.startswith("> "):
        return p[3:] if p.startswith("## ") else p[2:]
    return p


def gold(a):
    return a["title"] + "\n\n" + "\n\n".join(plain(p) for p in a["paras"]) + "\n"


def e(s):
    return html.escape(s, quote=False)


class Page:
    def __init__(self, rnd, a):
        self.r = rnd
        self.a = a
        self.site = rnd.choice(SITES)
        self.year = rnd.choice([2023, 2024, 2025])
        self.author = rnd.choice(AUTHORS)
        self.date = rnd.choice(DATES)
        self.menu = self.pick_menu()
        hs = list(OTHER_HEADLINES)
        rnd.shuffle(hs)
        self.heads = hs

    def pick_menu(self):
        lang = self.a["lang"]
        return {"de": MENUS_DE, "fr": MENUS_FR, "sr": MENUS_SR, "es": MENUS_ES}.get(lang) or self.r.choice(MENUS)

    def h(self, n):
        return self.heads[:n]

    def footer(self):
        return self.r.choice(FOOTER).format(year=self.year, site=self.site)

    def about(self):
        return self.r.choice(ABOUT).format(site=self.site)

    def summaries(self, n):
        s = list(TEASER_SUMMARIES)
        self.r.shuffle(s)
        return s[:n]

    def slug(self, t):
        return "/" + "-".join(w.lower() for w in t.split()[:6] if w.isalnum())


# ---------------------------------------------------------------- HTML designs

def body_html(p, para_tag="p", sub_tag="h2", quote_tag="blockquote", caption=True, readmore=True,
              cls=None, figure_style="figure", inline_related=False, ad=False):
    a = p.a
    out = []
    for i, para in enumerate(a["paras"]):
        if para.startswith("## "):
            out.append(f"<{sub_tag}>{e(para[3:])}</{sub_tag}>")
        elif para.startswith("> "):
            out.append(f"<{quote_tag}><p>{e(para[2:])}</p></{quote_tag}>")
        else:
            c = f' class="{cls}"' if cls else ""
            out.append(f"<{para_tag}{c}>{e(para)}</{para_tag}>")
        if i == 0 and caption:
            cap = p.r.choice(CAPTIONS)
            if figure_style == "figure":
                out.append(f'<figure><img src="/img/{p.r.randint(100,999)}.jpg" alt="photo"><figcaption>{e(cap)}</figcaption></figure>')
            elif figure_style == "div":
                out.append(f'<div class="{p.r.choice(["img-wrap", "media", "photo-box", "pic"])}"><img src="/i/{p.r.randint(1,99)}.jpg"><span class="{p.r.choice(["caption", "credit", "img-caption"])}">{e(cap)}</span></div>')
            else:  # no semantic classes
                out.append(f'<div><img src="/i/{p.r.randint(1,99)}.jpg"><br><small>{e(cap)}</small></div>')
        if i == 1 and readmore:
            hl = p.heads[20]
            out.append(p.r.choice([
                f'<p><strong>Read more:</strong> <a href="{p.slug(hl)}">{e(hl)}</a></p>',
                f'<p class="read-also"><a href="{p.slug(hl)}">READ ALSO: {e(hl)}</a></p>',
                f'<div><a href="{p.slug(hl)}">&#9658; {e(hl)}</a></div>',
            ]))
        if i == 2 and ad:
            out.append('<div class="ad-slot"><span>Advertisement</span></div>' if p.r.random() < 0.5
                       else '<p style="text-align:center">Advertisement</p>')
        if i == 2 and inline_related:
            items = "".join(f'<li><a href="{p.slug(x)}">{e(x)}</a></li>' for x in p.heads[21:24])
            out.append(f'<aside class="inline-related"><h4>Related</h4><ul>{items}</ul></aside>')
    return "\n".join(out)


def nav_ul(p, cls):
    items = "".join(f'<li><a href="/{m.lower()}">{e(m)}</a></li>' for m in p.menu)
    return f'<ul class="{cls}">{items}</ul>'


def html_portal(p):
    """News portal: header, nav, ticker, breadcrumbs, headline twice, related, most read, footer, cookies."""
    a, r = p.a, p.r
    ticker = "".join(f"<li><a href='{p.slug(x)}'>{e(x)}</a></li>" for x in p.h(4))
    most = "".join(f"<li><span class='n'>{i+1}</span><a href='{p.slug(x)}'>{e(x)}</a><time>{e(d)}</time></li>"
                   for i, (x, d) in enumerate(zip(p.heads[4:9], DATES)))
    rel = "".join(f"<div class='rel-item'><a href='{p.slug(x)}'><h4>{e(x)}</h4></a><span class='date'>{e(d)}</span></div>"
                  for x, d in zip(p.heads[9:13], DATES[3:]))
    section = r.choice(["Balkans", "Region", "World", "Politics"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a['title'])} | {e(p.site)}</title>
<meta property="og:title" content="{html.escape(a['title'])}">
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}}</script>
<style>.nav li{{display:inline}}</style></head>
<body>
<div class="top-bar"><span>{e(p.date)}</span> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
<header class="site-header"><div class="logo"><a href="/">{e(p.site)}</a></div>
<nav>{nav_ul(p, 'nav main-menu')}</nav></header>
<div class="breaking-news"><strong>BREAKING</strong><ul>{ticker}</ul></div>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/balkans">{section}</a> | {e(a['title'])}</div>
<div class="container">
<div class="col-main">
<article>
<h1 class="headline">{e(a['title'])}</h1>
<div class="meta">By <a href="/author">{e(p.author)}</a> | {e(p.date)}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="article-body">
{body_html(p, ad=True)}
</div>
<div class="tags">Tags: <a href="/t/1">Kosovo</a>, <a href="/t/2">Serbia</a>, <a href="/t/3">EU</a></div>
</article>
<section class="related"><h3>Related News</h3>{rel}</section>
</div>
<aside class="col-side"><h3>Most Read</h3><ol>{most}</ol></aside>
</div>
<footer><p>{e(p.about())}</p><p>{e(p.footer())}</p>
<p><a href="#">Download our app on the App Store</a> | <a href="#">Google Play</a></p></footer>
<div id="cookie-banner"><p>{e(r.choice(COOKIE))}</p><button>Accept</button></div>
</body></html>
"""


def html_wordpress(p):
    """WordPress blog with sharedaddy, related posts, comments and the comment form."""
    a, r = p.a, p.r
    comments = r.sample(COMMENTS, r.randint(2, 4))
    clist = "".join(
        f"""<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(n)}</b> says:
<time>{e(r.choice(DATES))}</time></footer><div class="comment-content"><p>{e(c)}</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>""" for n, c in comments)
    rel = "".join(f'<div class="jp-relatedposts-post"><h4><a href="{p.slug(x)}">{e(x)}</a></h4><p>{e(d)}</p><p>In "Balkans"</p></div>'
                  for x, d in zip(p.heads[:3], DATES[5:]))
    widgets = "".join(f'<li><a href="{p.slug(x)}">{e(x)}</a></li>' for x in p.heads[3:8])
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{e(a['title'])} &#8211; {e(p.site)}</title>
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css"></head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(p.site)}</a></p>
<p class="site-description">News and views from the Balkans</p>
<nav id="site-navigation" class="main-navigation">{nav_ul(p, 'menu')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{r.randint(100,9999)}" class="post type-post status-publish">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">Posted on <time>{e(p.date)}</time></span>
<span class="byline"> by <a href="/author/admin">{e(p.author)}</a></span></div>
<h1 class="entry-title">{e(a['title'])}</h1></header>
<div class="entry-content">
{body_html(p, quote_tag="blockquote", figure_style="div", readmore=r.random() < 0.5)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li><li><a>Email</a></li></ul></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><p>Like Loading...</p></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{rel}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">Balkans</a></span> <span class="tags-links">Tagged <a href="#">Kosovo</a>, <a href="#">dialogue</a></span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">{len(comments)} thoughts on &ldquo;{e(a['title'])}&rdquo;</h2>
<ol class="comment-list">{clist}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a href="#">Cancel reply</a></small></h3>
<form id="commentform"><p class="comment-notes">Enter your comment here...</p>
<p>Fill in your details below or click an icon to log in:</p>
<p>You are commenting using your WordPress.com account. ( <a>Log Out</a> / <a>Change</a> )</p>
<p>You are commenting using your Facebook account. ( Log Out / Change )</p>
<p>Connecting to %s</p><p><input type="checkbox"> Notify me of new comments via email.</p>
<p><input type="submit" value="Post Comment"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{widgets}</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>{e(p.about())}</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div></body></html>
"""


def html_agency(p):
    """Wire-agency page with generated CSS class names (no semantic classes)."""
    a, r = p.a, p.r
    def c():
        return r.choice(["css-", "sc-", "x", "_"]) + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(6))
    paras = []
    for para in a["paras"]:
        t = plain(para)
        tag = "h2" if para.startswith("## ") else "p"
        paras.append(f'<{tag} class="{c()}" data-testid="paragraph-{len(paras)}">{e(t)}</{tag}>')
    more = "".join(f'<li class="{c()}"><a class="{c()}" href="{p.slug(x)}"><span>{e(x)}</span></a><time class="{c()}">{e(d)}</time></li>'
                   for x, d in zip(p.h(5), DATES[8:]))
    menu = "".join(f'<a class="{c()}" href="/{m.lower()}">{e(m)}</a>' for m in p.menu)
    return f"""<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])} - {e(p.site)}</title><script src="/static/app.js"></script></head>
<body><div id="root"><div class="{c()}"><div class="{c()}">{menu}</div>
<div class="{c()}"><div class="{c()}"><span class="{c()}">{e(r.choice(['World', 'Europe', 'Balkans']))}</span>
<h1 class="{c()}">{e(a['title'])}</h1>
<div class="{c()}"><span>By {e(p.author)}</span><span>{e(r.choice(['3 minute read', '4 min read', '2 minute read']))}</span></div>
<div class="{c()}"><time>{e(p.date)}</time></div>
<div class="{c()}">{"".join(paras)}
<p class="{c()}">Reporting by {e(p.author)}; Editing by {e(r.choice(AUTHORS))}</p>
<p class="{c()}">Our Standards: The Trust Principles.</p></div></div>
<div class="{c()}"><h2 class="{c()}">{r.choice(['More from ' + p.site, 'Read Next', 'Latest News'])}</h2><ul class="{c()}">{more}</ul></div>
<div class="{c()}"><p>{e(p.footer())}</p><p>All quotes delayed a minimum of 15 minutes.</p></div></div></div></body></html>
"""


def html_teasers(p):
    """Article followed by 'Similar articles' teasers with summaries, and a 'Latest' box before it."""
    a, r = p.a, p.r
    heads = p.h(8)
    sums = p.summaries(6)
    teasers = "".join(f'<div class="{r.choice(["card", "teaser", "box"])}"><h3><a href="{p.slug(x)}">{e(x)}</a></h3><p>{e(s)}</p><span>{e(d)}</span></div>'
                      for x, s, d in zip(heads[:3], sums[:3], DATES))
    latest = "".join(f'<li><a href="{p.slug(x)}">{e(x)}</a> <em>{e(d)}</em></li>' for x, d in zip(heads[3:8], DATES[4:]))
    heading = r.choice(["Similar articles", "You may also like", "More on this story", "Recommended"])
    return f"""<html><head><meta charset="utf-8"><title>{e(p.site)} :: {e(a['title'])}</title></head>
<body><div id="wrap">
<div id="head"><h2><a href="/">{e(p.site)}</a></h2><div id="menu">{" | ".join(f'<a href="/{m}">{e(m)}</a>' for m in p.menu)}</div></div>
<div id="left"><h3>Latest news</h3><ul>{latest}</ul></div>
<div id="center">
<h1>{e(a['title'])}</h1>
<p><i>{e(p.date)}</i></p>
{body_html(p, sub_tag="h3", figure_style="div", readmore=False)}
<p>Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Print</a></p>
<h2>{heading}</h2>
{teasers}
</div>
<div id="foot">{e(p.footer())}</div></div></body></html>
"""


def html_noclass(p):
    """Old table layout, no classes at all, <br> paragraphs, marquee ticker, font tags."""
    a, r = p.a, p.r
    menu = "<br>".join(f'<a href="/{m}">{e(m)}</a>' for m in p.menu)
    tick = " &bull; ".join(e(x) for x in p.h(4))
    paras = []
    for para in a["paras"]:
        if para.startswith("## "):
            paras.append(f"<b>{e(para[3:])}</b>")
        else:
            paras.append(e(plain(para)))
    body = "<br><br>\n".join(paras)
    most = "<br>".join(f'{i+1}. <a href="{p.slug(x)}">{e(x)}</a>' for i, x in enumerate(p.heads[5:10]))
    return f"""<HTML><HEAD><TITLE>{e(p.site)} - {e(a['title'])}</TITLE></HEAD>
<BODY bgcolor="#ffffff">
<TABLE width="100%"><TR><TD colspan="3"><FONT size="5">{e(p.site)}</FONT><BR><MARQUEE>BREAKING NEWS: {tick}</MARQUEE></TD></TR>
<TR><TD width="150" valign="top">{menu}</TD>
<TD valign="top"><FONT size="4"><B>{e(a['title'])}</B></FONT><BR>
<FONT size="1">{e(p.date)} | {e(p.author)}</FONT><BR><BR>
<FONT face="Arial">{body}</FONT>
<BR><BR><FONT size="1"><A href="/print">Print</A> | <A href="/mail">E-mail</A></FONT></TD>
<TD width="200" valign="top"><B>Most Read</B><BR>{most}</TD></TR>
<TR><TD colspan="3"><CENTER><FONT size="1">{e(p.footer())}</FONT></CENTER></TD></TR></TABLE>
</BODY></HTML>
"""


def html_divsoup(p):
    """Div soup with meaningless class names; paragraphs are divs with direct text."""
    a, r = p.a, p.r
    k = lambda: r.choice(["c", "d", "x", "blk", "row", "col", "w"]) + str(r.randint(1, 99))
    paras = []
    for para in a["paras"]:
        t = plain(para)
        if para.startswith("## "):
            paras.append(f'<div class="{k()}"><strong>{e(t)}</strong></div>')
        else:
            paras.append(f'<div class="{k()}">{e(t)}</div>')
    paras.insert(2, f'<div class="{k()}"><a href="{p.slug(p.heads[0])}">&raquo; {e(p.heads[0])}</a></div>')
    menu = "".join(f'<div class="{k()}"><a href="/{m}">{e(m)}</a></div>' for m in p.menu)
    mr = "".join(f'<div class="{k()}"><a href="{p.slug(x)}">{e(x)}</a><div class="{k()}">{e(d)}</div></div>'
                 for x, d in zip(p.heads[1:6], DATES[2:]))
    order = r.random() < 0.5
    side = f'<div class="{k()}"><div class="{k()}">Most Read</div>{mr}</div>'
    art = f"""<div class="{k()}"><div class="{k()}">{e(a['title'])}</div>
<div class="{k()}"><span>{e(p.author)}</span> <span>{e(p.date)}</span></div>
{"".join(paras)}</div>"""
    return f"""<!DOCTYPE html><html><head><title>{e(a['title'])}</title></head><body>
<div class="{k()}"><div class="{k()}">{e(p.site)}</div>{menu}</div>
<div class="{k()}">{side + art if order else art + side}</div>
<div class="{k()}"><div class="{k()}">{e(r.choice(COOKIE))}</div><div class="{k()}">{e(p.footer())}</div></div>
</body></html>
"""


def html_semantic(p, lang="en", labels=None):
    """HTML5 semantic page with an inline related box, pull quote in aside and sections."""
    a, r = p.a, p.r
    L = labels or {"related": "Related coverage", "popular": "Most popular", "share": "Share this article",
                   "comments": "Comments", "newsletter": "Sign up for our newsletter and get the top stories every morning."}
    pop = "".join(f'<li><a href="{p.slug(x)}">{e(x)}</a></li>' for x in p.h(5))
    rel = "".join(f'<article class="{r.choice(["story-card", "item", "tile"])}"><h3><a href="{p.slug(x)}">{e(x)}</a></h3><p>{e(s)}</p></article>'
                  for x, s in zip(p.heads[5:8], p.summaries(3)))
    pull = plain(a["paras"][min(2, len(a["paras"]) - 1)])[:90]
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(a['title'])} — {e(p.site)}</title></head>
<body>
<header><a href="/" class="brand">{e(p.site)}</a><nav aria-label="primary">{nav_ul(p, 'primary')}</nav>
<form role="search"><input type="search" placeholder="Search"></form></header>
<main>
<article>
<header><p class="kicker">{e(r.choice(['Analysis', 'News', 'Exclusive', 'Report']))}</p><h1>{e(a['title'])}</h1>
<p class="byline">{e(p.author)}</p><time datetime="2024-03-01">{e(p.date)}</time></header>
<section class="story">
{body_html(p, sub_tag="h2", figure_style="figure", inline_related=True)}
</section>
<aside class="pullquote"><p>{e(pull)}</p></aside>
<footer><p>{e(L['share'])}: <a>Facebook</a> <a>X</a> <a>Email</a></p></footer>
</article>
<section aria-label="related"><h2>{e(L['related'])}</h2>{rel}</section>
</main>
<aside><h2>{e(L['popular'])}</h2><ol>{pop}</ol><p>{e(L['newsletter'])}</p></aside>
<footer><p>{e(p.footer())}</p></footer>
</body></html>
"""


# ---------------------------------------------------------------- text designs

def body_txt(p, blank=True, caption=True, readmore=True, quote_prefix=""):
    a, r = p.a, p.r
    out = []
    for i, para in enumerate(a["paras"]):
        out.append(quote_prefix + plain(para) if para.startswith("> ") else plain(para))
        if i == 0 and caption:
            out.append(r.choice(CAPTIONS))
        if i == 1 and readmore:
            out.append(r.choice(["Read more: ", "READ MORE: ", "Also read: ", "See also: "]) + p.heads[20])
    return ("\n\n" if blank else "\n").join(out)


def txt_portal(p):
    a, r = p.a, p.r
    sep = r.choice([" • ", " | ", " · ", " / "])
    lines = [p.site, sep.join(p.menu), "",
             "BREAKING: " + p.heads[0], "",
             "Home » " + r.choice(["Balkans", "Region", "World"]) + " | " + a["title"], "",
             a["title"], "", a["title"], "",
             "By " + p.author, p.date, "",
             "Share: Facebook Twitter WhatsApp Email", "",
             body_txt(p), "",
             "Tags: Kosovo, Serbia, EU, dialogue", "",
             "Related News", ""]
    for x, d in zip(p.heads[1:5], DATES):
        lines += [x, d, ""]
    lines += ["Most Read", ""]
    for i, x in enumerate(p.heads[5:10]):
        lines.append(f"{i+1}. {x}")
    lines += ["", r.choice(COOKIE), "", "Download our app: App Store | Google Play", p.footer()]
    return "\n".join(lines) + "\n"


def txt_wordpress(p):
    a, r = p.a, p.r
    lines = [p.site, "News and views from the Balkans", "Menu", ""]
    lines += ["• " + m for m in p.menu]
    lines += ["", a["title"], "", f"Posted on {p.date} by {p.author}", ""]
    lines.append(body_txt(p, blank=r.random() < 0.5, caption=r.random() < 0.5, readmore=False))
    lines += ["", "Share this:", "", "Twitter", "Facebook", "Email", "", "Like this:", "", "Like Loading...", "",
              "Related", ""]
    for x, d in zip(p.heads[:3], DATES[6:]):
        lines += [x, d, 'In "Balkans"', ""]
    comments = r.sample(COMMENTS, r.randint(2, 3))
    lines += [f"{len(comments)} thoughts on \u201c{a['title']}\u201d", ""]
    for n, c in comments:
        lines += [f"{n} says:", r.choice(DATES), "", c, "", "Reply", ""]
    lines += ["Leave a Reply", "Enter your comment here...", "Fill in your details below or click an icon to log in:",
              "Email (required) (Address never made public)", "Name (required)", "Website",
              "You are commenting using your WordPress.com account. ( Log Out / Change )",
              "You are commenting using your Twitter account. ( Log Out / Change )",
              "Cancel", "Connecting to %s", "Notify me of new comments via email.", "Notify me of new posts via email.",
              "", "Recent Posts", ""] + p.heads[3:8] + ["", "Blog at WordPress.com.", ""]
    return "\n".join(lines)


def wrap(t, width=68):
    words, lines, cur = t.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


def txt_agency(p):
    a, r = p.a, p.r
    paras = [wrap(plain(x)) for x in a["paras"]]
    lines = [f"{p.site.upper()} WIRE SERVICE", "=" * 30, "", "PRIORITY: ROUTINE    SLUG: " + a["title"].split()[0].upper(),
             p.date, "", a["title"], "", "\n\n".join(paras), "",
             f"(Reporting by {p.author}; Editing by {r.choice(AUTHORS)})", "",
             "((" + p.site + " newsroom; +44 20 7542 0000))", "",
             p.footer(), "", "Latest headlines:", ""] + ["- " + x for x in p.h(4)]
    return "\n".join(lines) + "\n"


def md_page(p):
    a, r = p.a, p.r
    lines = [" ".join(f"[{m}](/{m.lower()})" for m in p.menu), "", f"# {a['title']}", "",
             f"*{p.author}* · {p.date}", "", f"![photo](/img/{r.randint(1,99)}.jpg)", "",
             "*" + r.choice(CAPTIONS) + "*", ""]
    for i, para in enumerate(a["paras"]):
        if para.startswith("## "):
            lines += ["## " + para[3:], ""]
        elif para.startswith("> "):
            lines += ["> " + para[2:], ""]
        else:
            lines += [para, ""]
        if i == 1:
            lines += [f"**Read more:** [{p.heads[20]}]({p.slug(p.heads[20])})", ""]
    lines += ["---", "", "## Related", ""] + [f"- [{x}]({p.slug(x)})" for x in p.h(4)]
    lines += ["", "## Most read", ""] + [f"1. [{x}]({p.slug(x)}) — {d}" for x, d in zip(p.heads[4:7], DATES)]
    lines += ["", p.footer(), ""]
    return "\n".join(lines)


def txt_ticker(p, labels=None):
    """Ticker as a label line followed by headline lines; Most Read with summaries and dates."""
    a, r = p.a, p.r
    L = labels or {"breaking": "BREAKING NEWS", "most": "Most Read", "more": "More stories", "share": "Share"}
    lines = [p.site.upper(), "  ".join(p.menu), "", L["breaking"]] + p.h(3) + [""]
    lines += [a["title"], p.date + " | " + p.author, ""]
    lines.append(body_txt(p, blank=r.random() < 0.6, caption=r.random() < 0.7, readmore=r.random() < 0.5))
    lines += ["", L["share"] + ": Facebook | Twitter | Email", "", L["most"], ""]
    for x, s, d in zip(p.heads[3:6], p.summaries(3), DATES[2:]):
        lines += [x, s, d, ""]
    lines += [L["more"], ""] + [f"» {x}" for x in p.heads[6:10]] + ["", p.about(), p.footer(), ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- assembly

HTML_DESIGNS = {"portal-html": html_portal, "wordpress-html": html_wordpress, "agency-html": html_agency,
                "teaser-html": html_teasers, "noclass-html": html_noclass, "divsoup-html": html_divsoup,
                "semantic-html": html_semantic}
TEXT_DESIGNS = {"portal-txt": (txt_portal, "txt"), "wordpress-txt": (txt_wordpress, "txt"),
                "agency-txt": (txt_agency, "txt"), "markdown": (md_page, "md"), "ticker-txt": (txt_ticker, "txt")}

PLAN = [
 # (article, style, encoding)
 ("a01", "portal-html", "utf-8"), ("a01", "wordpress-txt", "utf-8"),
 ("a02", "wordpress-html", "utf-8"), ("a02", "ticker-txt", "utf-8"),
 ("a03", "agency-html", "utf-8"), ("a03", "portal-txt", "utf-8"),
 ("a04", "teaser-html", "utf-8"), ("a04", "agency-txt", "utf-8"),
 ("a05", "noclass-html", "windows-1252"), ("a05", "markdown", "utf-8"),
 ("a06", "divsoup-html", "utf-8"), ("a06", "portal-txt", "utf-8-sig"),
 ("a07", "semantic-html", "utf-8"), ("a07", "ticker-txt", "utf-8"),
 ("a08", "portal-html", "utf-16"), ("a08", "wordpress-txt", "utf-8"),
 ("a09", "wordpress-html", "utf-8"), ("a09", "agency-txt", "utf-8"),
 ("a10", "agency-html", "utf-8"), ("a11", "teaser-html", "utf-8"),
 ("a11", "portal-txt", "windows-1252"), ("a12", "noclass-html", "utf-8"),
 ("a13", "divsoup-html", "utf-8"), ("a13", "markdown", "utf-8"),
 ("a14", "semantic-html", "utf-8"), ("a15", "ticker-txt", "utf-8"),
 ("a16", "portal-html", "utf-8"), ("a17", "wordpress-html", "utf-8"),
 ("a18", "agency-txt", "utf-8"), ("a19", "teaser-html", "utf-8"),
 ("a20", "agency-html", "utf-8"), ("a21", "wordpress-txt", "utf-16"),
 ("a22", "divsoup-html", "utf-8"), ("a23", "portal-html", "utf-8"),
 ("a23", "ticker-txt", "utf-8"), ("a24", "noclass-html", "utf-8"),
 ("a25", "semantic-html", "utf-8"), ("a26", "markdown", "utf-8"),
 ("d01", "semantic-html", "windows-1252"), ("d01", "ticker-txt", "utf-8"),
 ("f01", "portal-html", "utf-8"), ("f01", "portal-txt", "windows-1252"),
 ("s01", "teaser-html", "windows-1250"), ("s01", "wordpress-txt", "utf-8"),
 ("e01", "divsoup-html", "utf-8"), ("e01", "ticker-txt", "utf-16"),
]

LABELS = {
 "de": ({"related": "Mehr zum Thema", "popular": "Meistgelesen", "share": "Artikel teilen", "comments": "Kommentare",
         "newsletter": "Abonnieren Sie unseren Newsletter."},
        {"breaking": "EILMELDUNG", "most": "Meistgelesen", "more": "Weitere Artikel", "share": "Teilen"}),
}


def main():
    rnd = random.Random(20240604)
    manifest = ["file\tstyle\tencoding\tlanguage"]
    for n, (aid, style, enc) in enumerate(PLAN, start=1):
        a = article(aid)
        p = Page(rnd, a)
        if style in HTML_DESIGNS:
            if style == "semantic-html" and a["lang"] in LABELS:
                content = html_semantic(p, a["lang"], LABELS[a["lang"]][0])
            else:
                content = HTML_DESIGNS[style](p)
            ext = "html" if n % 5 else "htm"
            if enc not in ("utf-8", "utf-8-sig", "utf-16"):
                content = content.replace('<meta charset="utf-8">', f'<meta charset="{enc}">')
                if style == "noclass-html":
                    content = content.replace("<HEAD>", f'<HEAD><META http-equiv="Content-Type" content="text/html; charset={enc}">')
                if a["lang"] == "de":
                    content = '<?xml version="1.0" encoding="windows-1252"?>\n' + content.replace("<!DOCTYPE html>\n", "")
                    ext = "xhtml"
        else:
            fn, ext = TEXT_DESIGNS[style]
            if style == "ticker-txt" and a["lang"] in LABELS:
                content = fn(p, LABELS[a["lang"]][1])
            else:
                content = fn(p)
        name = f"page-{n:02d}"
        with open(os.path.join(OUT, f"{name}.{ext}"), "wb") as f:
            f.write(content.encode(enc, errors="xmlcharrefreplace" if ext != "txt" else "strict"))
        with open(os.path.join(OUT, f"{name}.gold.txt"), "w", encoding="utf-8") as f:
            f.write(gold(a))
        manifest.append(f"{name}.{ext}\t{style}\t{enc}\t{a['lang']}")
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    print(f"wrote {len(PLAN)} pages to {OUT}")


if __name__ == "__main__":
    main()
