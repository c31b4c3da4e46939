package org.annals.server;

import static org.annals.server.Html.esc;
import static org.annals.server.Html.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annals.store.query.ArticleView;
import org.annals.store.query.EntityProfile;
import org.annals.store.query.EventDetail;
import org.annals.store.query.EventReport;
import org.annals.store.query.FigureReport;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.Participant;
import org.annals.store.query.QuoteRecord;
import org.annals.store.query.SearchHit;
import org.annals.store.query.StoryDetail;
import org.annals.store.query.StorySummary;
import org.annals.store.query.TimelineEvent;

/**
 * The web UI's pages, rendered on the server: readable without JavaScript, every stored text
 * escaped ({@link Html#esc}), no inline script or style (the Content-Security-Policy allows
 * neither). One method per page; each returns a whole document.
 */
final class Pages {

  private Pages() {}

  static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  static String page(String title, String body) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Annals</title>
        <link rel="stylesheet" href="/static/annals.css">
        </head>
        <body>
        <header><nav aria-label="main">
        <a class="brand" href="/">Annals</a>
        <a href="/events">Events</a>
        <a href="/stories">Stories</a>
        <a href="/articles">Articles</a>
        <a href="/api/docs">API</a>
        </nav>
        <form class="search" action="/search" method="get" role="search">
        <label for="q" class="hidden">Search</label>
        <input id="q" name="q" type="search" placeholder="Search articles and quotes">
        <button type="submit">Search</button>
        </form></header>
        <main id="main">
        %s
        </main>
        </body>
        </html>
        """.formatted(esc(title), body);
  }

  static String home(List<StorySummary> stories, List<org.annals.store.query.MapPoint> points) {
    StringBuilder b = new StringBuilder("<h1>The record</h1>");
    b.append("<section><h2>Where</h2>").append(map(points)).append("</section>");
    b.append("<section><h2>Stories</h2>").append(storyList(stories)).append("</section>");
    b.append("<p><a href=\"/events\">Every event, in the order it happened</a></p>");
    return page("Home", b.toString());
  }

  static String search(String q, List<SearchHit> hits, Facets facets, List<TimelineEvent> events) {
    StringBuilder b = new StringBuilder("<h1>Search</h1>");
    b.append(facetForm("/search", q, facets));
    if (q != null) {
      b.append("<section><h2>Articles and quotes matching “").append(esc(q)).append("”</h2>");
      if (hits.isEmpty()) {
        b.append("<p>No match.</p>");
      }
      b.append("<ol class=\"hits\">");
      for (SearchHit h : hits) {
        b.append("<li><a href=\"/articles/").append(url(h.articleId())).append("\">")
            .append(esc(h.title() != null ? h.title() : h.articleId())).append("</a> <span class=\"meta\">")
            .append(esc(h.date())).append(" · ").append(esc(h.kind())).append("</span><p>")
            .append(snippet(h.snippet())).append("</p></li>");
      }
      b.append("</ol></section>");
    }
    b.append("<section><h2>Events</h2>").append(eventTable(events)).append("</section>");
    return page(q == null ? "Search" : "Search: " + q, b.toString());
  }

  /** The event filters of a search or event list. */
  record Facets(String type, String from, String to, String place, String actor) {}

  static String events(Facets facets, List<TimelineEvent> events, int offset, int limit) {
    StringBuilder b = new StringBuilder("<h1>Events</h1>");
    b.append(facetForm("/events", null, facets));
    b.append(eventTable(events));
    if (events.size() == limit) {
      b.append("<p><a rel=\"next\" href=\"/events?").append(query(facets)).append("offset=").append(offset + limit)
          .append("\">Next page</a></p>");
    }
    return page("Events", b.toString());
  }

  static String event(EventDetail d) {
    TimelineEvent e = d.event();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(e.type())).append(e.mode() != null ? " (" + esc(e.mode()) + ")" : "")
        .append(e.place() != null ? " in " + place(e) : "").append("</h1>");
    b.append("<dl class=\"facts\">");
    fact(b, "When", e.day() == null ? "undated" : esc(e.day()) + " <span class=\"meta\">(" + esc(e.datePrecision())
        + ", from the " + esc(e.dateSource()) + ")</span>");
    fact(b, "Who", participants(e.actors()));
    fact(b, "To whom", participants(e.recipients()));
    fact(b, "Status", esc(e.status()));
    fact(b, "Sources", e.sourceCount() + " independent, " + e.mentionCount() + " mentions");
    b.append("</dl>");
    if (!e.figures().isEmpty()) {
      b.append("<section><h2>Figures</h2>").append(figureTable(List.of(e))).append("</section>");
    }
    b.append("<section><h2>Reports</h2><ol class=\"reports\">");
    for (EventReport r : d.reports()) {
      b.append("<li><p class=\"evidence\">").append(highlight(r.evidence(), r.start() - r.evidenceStart(),
          r.end() - r.evidenceStart())).append("</p><p class=\"meta\"><a href=\"/articles/").append(url(r.articleId()))
          .append("#c").append(r.start()).append("\">").append(esc(r.title() != null ? r.title() : r.inputId()))
          .append("</a> · ").append(esc(r.source())).append(" · ").append(esc(r.date())).append(" · ")
          .append(esc(r.kind())).append(", ").append(esc(r.status()))
          .append(r.acled() != null ? " · ACLED: " + esc(r.acled()) : "").append("</p></li>");
    }
    b.append("</ol></section>");
    return page(e.type() + (e.day() != null ? " " + e.day() : ""), b.toString());
  }

  static String entity(List<EntityProfile> profiles, List<TimelineEvent> events, List<QuoteRecord> quotes,
      List<org.annals.store.query.MapPoint> points) {
    StringBuilder b = new StringBuilder();
    EntityProfile p = profiles.get(0);
    b.append("<h1>").append(esc(p.name())).append(" <span class=\"type ").append(esc(lower(p.type()))).append("\">")
        .append(esc(p.type())).append("</span></h1>");
    b.append("<dl class=\"facts\">");
    fact(b, "Also written", esc(String.join(", ", p.aliases())));
    fact(b, "Titles", esc(String.join("; ", p.titles())));
    fact(b, "Seen", p.mentionCount() + " mentions in " + p.articleCount() + " articles, " + esc(p.firstSeen()) + " to "
        + esc(p.lastSeen()));
    b.append("</dl>");
    if (profiles.size() > 1) {
      b.append("<p>Also under this name: ");
      for (EntityProfile o : profiles.subList(1, profiles.size())) {
        b.append("<a href=\"/entities/").append(url(o.id())).append("\">").append(esc(o.name())).append(" (")
            .append(esc(o.type())).append(")</a> ");
      }
      b.append("</p>");
    }
    b.append("<section><h2>Timeline</h2>").append(timelineChart(events)).append(eventTable(events)).append("</section>");
    b.append("<section><h2>Where</h2>").append(map(points)).append("</section>");
    b.append("<section><h2>Quotes</h2>").append(quoteList(quotes)).append("</section>");
    b.append("<section><h2>Often with</h2>");
    if (p.relatedOver() < p.articleCount()) {
      b.append("<p class=\"meta\">Counted over ").append(p.relatedOver()).append(" of its ").append(p.articleCount())
          .append(" articles (a fixed sample).</p>");
    }
    b.append("<ul class=\"related\">");
    for (EntityProfile.CoOccurrence c : p.related()) {
      b.append("<li><a href=\"/entities/").append(url(c.entityId())).append("\">").append(esc(c.name()))
          .append("</a> <span class=\"meta\">").append(esc(c.type())).append(", ").append(c.articles())
          .append(" articles</span></li>");
    }
    b.append("</ul></section>");
    return page(p.name(), b.toString());
  }

  static String stories(List<StorySummary> stories) {
    return page("Stories", "<h1>Stories</h1>" + storyList(stories));
  }

  static String story(StoryDetail d, List<org.annals.store.query.MapPoint> points, List<QuoteRecord> quotes) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(d.summary().label())).append("</h1><p class=\"meta\">").append(d.summary().articleCount())
        .append(" articles, ").append(d.summary().eventCount()).append(" events, ").append(esc(d.summary().firstDate()))
        .append(" to ").append(esc(d.summary().lastDate())).append("</p>");
    b.append("<section><h2>Timeline</h2>").append(timelineChart(d.events())).append(eventTable(d.events()))
        .append("</section>");
    b.append("<section><h2>Where</h2>").append(map(points)).append("</section>");
    List<TimelineEvent> counted = d.events().stream().filter(e -> !e.figures().isEmpty()).toList();
    if (!counted.isEmpty()) {
      b.append("<section><h2>Figures</h2>").append(figureTable(counted)).append("</section>");
    }
    b.append("<section><h2>Quotes</h2>").append(quoteList(quotes)).append("</section>");
    b.append("<section><h2>Articles</h2><ol class=\"articles\">");
    for (StoryDetail.StoryArticle a : d.articles()) {
      b.append("<li><a href=\"/articles/").append(url(a.id())).append("\">").append(esc(a.title() != null ? a.title()
          : a.id())).append("</a> <span class=\"meta\">").append(esc(a.source())).append(" ").append(esc(a.date()))
          .append("</span></li>");
    }
    b.append("</ol></section>");
    return page(d.summary().label(), b.toString());
  }

  static String articles(List<org.annals.store.query.ArticleSummary> articles, int offset, int limit) {
    StringBuilder b = new StringBuilder("<h1>Articles</h1><ol class=\"articles\" start=\"" + (offset + 1) + "\">");
    for (var a : articles) {
      b.append("<li><a href=\"/articles/").append(url(a.articleId())).append("\">")
          .append(esc(a.title() != null ? a.title() : a.inputId())).append("</a> <span class=\"meta\">")
          .append(esc(a.source())).append(" ").append(esc(a.date())).append("</span></li>");
    }
    b.append("</ol>");
    if (articles.size() == limit) {
      b.append("<p><a rel=\"next\" href=\"/articles?offset=").append(offset + limit).append("\">Next page</a></p>");
    }
    return page("Articles", b.toString());
  }

  /** The text with what was found in it marked, each mark linked to its record (quotes listed after). */
  static String article(ArticleView v) {
    var a = v.article();
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(a.title() != null ? a.title() : a.inputId())).append("</h1><p class=\"meta\">")
        .append(esc(a.source())).append(" · ").append(esc(a.date())).append(" (").append(esc(a.dateSource()))
        .append(")").append(a.storyId() != null ? " · <a href=\"/stories/" + url(a.storyId()) + "\">story</a>" : "")
        .append(a.url() != null ? " · " + esc(a.url()) : "").append("</p>");
    b.append("<p class=\"legend\"><mark class=\"entity person\">person</mark> <mark class=\"entity organization\">"
        + "organisation</mark> <mark class=\"entity location\">place</mark> <mark class=\"entity misc\">other name</mark> "
        + "<mark class=\"event\">event</mark> <mark class=\"time\">time</mark> <mark class=\"figure\">figure</mark> "
        + "<span class=\"quote\">quote</span> <small class=\"speaker\">speaker</small></p>");
    b.append("<div class=\"text\">").append(marked(v)).append("</div>");
    List<ArticleView.Mark> quotes = v.marks().stream().filter(m -> m.kind().equals("quote")).toList();
    if (!quotes.isEmpty()) {
      b.append("<section><h2>Quotes</h2><ol class=\"quotes\">");
      for (ArticleView.Mark q : quotes) {
        b.append("<li><blockquote>").append(esc(slice(v.text(), q.start(), q.end()))).append("</blockquote><p class=\"meta\">")
            .append(q.ref() != null ? "<a href=\"/entities/" + url(q.ref()) + "\">" + esc(q.label()) + "</a>"
                : esc(q.label() == null ? "unattributed" : q.label()))
            .append(q.detail() != null ? " · " + esc(q.detail()) : "").append("</p></li>");
      }
      b.append("</ol></section>");
    }
    return page(a.title() != null ? a.title() : a.inputId(), b.toString());
  }

  static String notFound(String what) {
    return page("Not found", "<h1>Not found</h1><p>" + esc(what) + "</p>");
  }

  // ---- parts -------------------------------------------------------------------------------

  /**
   * The text with its marks: quotes wrap what they hold (with the speaker after them), every other
   * mark is inline; a mark inside another, or across a quote's edge, is left unmarked.
   */
  private static String marked(ArticleView v) {
    int[] cps = v.text().codePoints().toArray();
    List<ArticleView.Mark> quotes = new ArrayList<>();
    for (ArticleView.Mark m : v.marks()) {
      if (m.kind().equals("quote") && fits(m, cps.length)
          && (quotes.isEmpty() || quotes.get(quotes.size() - 1).end() <= m.start())) {
        quotes.add(m);
      }
    }
    List<ArticleView.Mark> inline = new ArrayList<>();
    for (ArticleView.Mark m : v.marks()) {
      if (!m.kind().equals("quote") && fits(m, cps.length)
          && (inline.isEmpty() || inline.get(inline.size() - 1).end() <= m.start())
          && quotes.stream().noneMatch(q -> q.start() < m.end() && m.start() < q.end()
              && (m.start() < q.start() || m.end() > q.end()))) {
        inline.add(m);
      }
    }
    StringBuilder b = new StringBuilder("<p>");
    int at = 0;
    int qi = 0;
    int mi = 0;
    ArticleView.Mark open = null;
    while (true) {
      int nextQuote = open != null ? open.end() : qi < quotes.size() ? quotes.get(qi).start() : Integer.MAX_VALUE;
      int nextMark = mi < inline.size() ? inline.get(mi).start() : Integer.MAX_VALUE;
      int next = Math.min(nextQuote, nextMark);
      if (next == Integer.MAX_VALUE) {
        break;
      }
      b.append(paragraphs(new String(cps, at, next - at), open != null));
      at = next;
      if (nextQuote <= nextMark && open != null) {
        b.append("</span>").append(speaker(open));
        open = null;
      } else if (nextQuote <= nextMark) {
        open = quotes.get(qi++);
        b.append("<span class=\"quote\" title=\"").append(esc("quote: " + speakerName(open))).append("\">");
      } else {
        ArticleView.Mark m = inline.get(mi++);
        b.append(inlineMark(m, esc(new String(cps, m.start(), m.end() - m.start()))));
        at = m.end();
      }
    }
    b.append(paragraphs(new String(cps, at, cps.length - at), false));
    return b.append("</p>").toString();
  }

  private static boolean fits(ArticleView.Mark m, int length) {
    return m.start() >= 0 && m.end() <= length && m.end() > m.start();
  }

  private static String inlineMark(ArticleView.Mark m, String inner) {
    return switch (m.kind()) {
      case "entity" -> (m.ref() != null ? "<a href=\"/entities/" + url(m.ref()) + "\">" : "")
          + "<mark class=\"entity " + esc(lower(m.label())) + "\" title=\"" + esc(m.label()) + "\">" + inner
          + "</mark>" + (m.ref() != null ? "</a>" : "");
      case "event" -> "<a id=\"c" + m.start() + "\" href=\"/events/" + url(m.ref()) + "\"><mark class=\"event\" title=\""
          + esc(m.label() + ", " + m.detail()) + "\">" + inner + "</mark></a>";
      case "time" -> "<mark class=\"time\" title=\"" + esc(m.label() + " " + (m.detail() == null ? "(no value)" : m.detail()))
          + "\">" + inner + (m.detail() == null ? "" : " <small class=\"value\">" + esc(m.detail()) + "</small>")
          + "</mark>";
      default -> "<mark class=\"figure\" title=\"" + esc(m.label() + " " + m.detail()) + "\">" + inner + "</mark>";
    };
  }

  private static String speakerName(ArticleView.Mark quote) {
    return quote.label() == null ? "unattributed" : quote.label();
  }

  /** The speaker chip after a quote, linked to the speaker's entity where known. */
  private static String speaker(ArticleView.Mark quote) {
    String name = esc(speakerName(quote));
    return " <small class=\"speaker\">" + (quote.ref() != null
        ? "<a href=\"/entities/" + url(quote.ref()) + "\">" + name + "</a>" : name) + "</small>";
  }

  /** Escaped text whose blank lines start new paragraphs (line breaks inside a quote, which is inline). */
  private static String paragraphs(String s, boolean inQuote) {
    return esc(s).replaceAll("\\n\\s*\\n", inQuote ? "<br><br>" : "</p><p>").replace("\n", "<br>");
  }

  private static String slice(String text, int start, int end) {
    int[] cps = text.codePoints().toArray();
    return new String(cps, Math.max(0, start), Math.max(0, Math.min(cps.length, end) - Math.max(0, start)));
  }

  /** The evidence sentence with its trigger marked. */
  private static String highlight(String sentence, int start, int end) {
    int[] cps = sentence.codePoints().toArray();
    if (start < 0 || end > cps.length || end <= start) {
      return esc(sentence);
    }
    return esc(new String(cps, 0, start)) + "<mark class=\"event\">" + esc(new String(cps, start, end - start))
        + "</mark>" + esc(new String(cps, end, cps.length - end));
  }

  /** A search snippet: matched words come in [brackets]. */
  private static String snippet(String s) {
    return esc(s).replace("[", "<mark>").replace("]", "</mark>");
  }

  private static String eventTable(List<TimelineEvent> events) {
    if (events.isEmpty()) {
      return "<p>No events.</p>";
    }
    StringBuilder b = new StringBuilder("<table class=\"events\"><thead><tr><th>when</th><th>what</th><th>who</th>"
        + "<th>to whom</th><th>where</th><th>sources</th></tr></thead><tbody>");
    for (TimelineEvent e : events) {
      b.append("<tr><td>").append(e.day() == null ? "undated" : esc(e.day())).append("</td><td><a href=\"/events/")
          .append(url(e.eventId())).append("\">").append(esc(e.type())).append(e.mode() != null ? " (" + esc(e.mode())
          + ")" : "").append("</a>").append("claimed".equals(e.status()) ? " <span class=\"meta\">claimed</span>" : "")
          .append("</td><td>").append(participants(e.actors())).append("</td><td>").append(participants(e.recipients()))
          .append("</td><td>").append(e.place() == null ? "" : place(e)).append("</td><td>").append(e.sourceCount())
          .append(e.figureConflict() ? " <strong>figures disagree</strong>" : "").append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  /** Each event's figures: what, the latest value, and every report oldest first; conflicts flagged. */
  private static String figureTable(List<TimelineEvent> events) {
    StringBuilder b = new StringBuilder("<table class=\"figures\"><thead><tr>"
        + (events.size() > 1 ? "<th>event</th>" : "") + "<th>what</th><th>latest</th>"
        + "<th>every report, oldest first</th></tr></thead><tbody>");
    for (TimelineEvent e : events) {
      for (FigureSeries f : e.figures()) {
        b.append("<tr").append(f.conflict() ? " class=\"conflict\"" : "").append(">");
        if (events.size() > 1) {
          b.append("<td><a href=\"/events/").append(url(e.eventId())).append("\">").append(esc(e.type()))
              .append(e.day() != null ? " " + esc(e.day()) : "").append("</a></td>");
        }
        b.append("<td>").append(esc(f.category())).append(f.role() != null ? " " + esc(f.role()) : "")
            .append(f.conflict() ? " <strong>conflict</strong>" : "").append("</td><td>")
            .append(esc(f.latest() == null ? "" : f.latest().text())).append("</td><td>");
        for (FigureReport r : f.history()) {
          b.append("<span class=\"report\">").append(esc(r.text())).append(" <span class=\"meta\">")
              .append(esc(r.source())).append(" ").append(esc(r.date())).append(r.aggregate() ? " tally" : "")
              .append("</span></span> ");
        }
        b.append("</td></tr>");
      }
    }
    return b.append("</tbody></table>").toString();
  }

  /**
   * The world's countries (Natural Earth 1:110m via world-atlas, equirectangular, from the
   * project's own {@code world-110m.tsv}) as one SVG document, served once as a static file.
   */
  static String worldSvg(String tsv) {
    StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 180\" "
        + "width=\"720\" height=\"360\"><rect width=\"360\" height=\"180\" fill=\"#eaf2fb\"/>"
        + "<g fill=\"#f6f6f3\" stroke=\"#9aa3ad\" stroke-width=\"0.2\">");
    for (String line : tsv.split("\n")) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        b.append("<path d=\"").append(esc(f[2])).append("\"><title>").append(esc(f[1])).append("</title></path>");
      }
    }
    return b.append("</g></svg>").toString();
  }

  /** Places as points over the world map, sized by their events, each linked to its place. */
  static String map(List<org.annals.store.query.MapPoint> points) {
    if (points.isEmpty()) {
      return "<p>No geocoded places.</p>";
    }
    int max = points.stream().mapToInt(org.annals.store.query.MapPoint::events).max().orElse(1);
    StringBuilder b = new StringBuilder("<figure class=\"map\"><svg role=\"img\" aria-label=\"map of places\" "
        + "viewBox=\"0 0 360 180\"><image href=\"/static/world.svg\" x=\"0\" y=\"0\" width=\"360\" "
        + "height=\"180\"/>");
    for (var p : points) {
      double r = 0.8 + 3.2 * Math.sqrt((double) p.events() / max);
      b.append(String.format(Locale.ROOT, "<a href=\"/entities/%s\"><circle class=\"point\" cx=\"%.2f\" "
          + "cy=\"%.2f\" r=\"%.2f\"><title>%s: %d events</title></circle></a>", url(p.placeId()), p.lon() + 180,
          90 - p.lat(), r, esc(p.name()), p.events()));
    }
    b.append("</svg><figcaption>Places by events (").append(points.size()).append(")</figcaption></figure>");
    return b.toString();
  }

  /** Events per month as bars, drawn in SVG on the server (no script needed). */
  static String timelineChart(List<TimelineEvent> events) {
    Map<String, Integer> perMonth = new TreeMap<>();
    for (TimelineEvent e : events) {
      if (e.day() != null && e.day().length() >= 7 && e.day().charAt(4) == '-' && Character.isDigit(e.day().charAt(5))) {
        perMonth.merge(e.day().substring(0, 7), 1, Integer::sum);
      }
    }
    if (perMonth.isEmpty()) {
      return "";
    }
    int max = perMonth.values().stream().max(Integer::compare).orElse(1);
    int w = 24;
    int h = 80;
    StringBuilder b = new StringBuilder("<figure class=\"chart\"><svg role=\"img\" aria-label=\"events per month\" "
        + "viewBox=\"0 0 " + (perMonth.size() * w) + " " + (h + 30) + "\" width=\"" + (perMonth.size() * w)
        + "\" height=\"" + (h + 30) + "\">");
    int x = 0;
    for (Map.Entry<String, Integer> m : perMonth.entrySet()) {
      int bh = Math.max(2, m.getValue() * h / max);
      b.append("<rect class=\"bar\" x=\"").append(x + 2).append("\" y=\"").append(h - bh).append("\" width=\"")
          .append(w - 4).append("\" height=\"").append(bh).append("\"><title>").append(esc(m.getKey())).append(": ")
          .append(m.getValue()).append(" events</title></rect><text x=\"").append(x + w / 2).append("\" y=\"")
          .append(h + 14).append("\" class=\"tick\">").append(esc(m.getKey().substring(5))).append("</text>");
      x += w;
    }
    return b.append("</svg><figcaption>Events per month</figcaption></figure>").toString();
  }

  private static String storyList(List<StorySummary> stories) {
    StringBuilder b = new StringBuilder("<ol class=\"stories\">");
    for (StorySummary s : stories) {
      b.append("<li><a href=\"/stories/").append(url(s.id())).append("\">").append(esc(s.label())).append("</a> ")
          .append("<span class=\"meta\">").append(s.articleCount()).append(" articles, ").append(s.eventCount())
          .append(" events, ").append(esc(s.firstDate())).append(" to ").append(esc(s.lastDate())).append("</span></li>");
    }
    return b.append("</ol>").toString();
  }

  private static String quoteList(List<QuoteRecord> quotes) {
    if (quotes.isEmpty()) {
      return "<p>No quotes.</p>";
    }
    StringBuilder b = new StringBuilder("<ol class=\"quotes\">");
    for (QuoteRecord q : quotes) {
      b.append("<li><blockquote>").append(esc(q.text())).append("</blockquote><p class=\"meta\">")
          .append(q.speakerId() != null ? "<a href=\"/entities/" + url(q.speakerId()) + "\">" + esc(q.speaker()) + "</a> · "
              : q.speaker() != null ? esc(q.speaker()) + " · " : "")
          .append("<a href=\"/articles/")
          .append(url(q.articleId())).append("\">").append(esc(q.title() != null ? q.title() : q.articleId()))
          .append("</a> · ").append(esc(q.source())).append(" ").append(esc(q.date())).append("</p></li>");
    }
    return b.append("</ol>").toString();
  }

  private static String participants(List<Participant> ps) {
    StringBuilder b = new StringBuilder();
    for (Participant p : ps) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(p.entityId() != null ? "<a href=\"/entities/" + url(p.entityId()) + "\">" + esc(p.name()) + "</a>"
          : esc(p.name()));
    }
    return b.toString();
  }

  private static String place(TimelineEvent e) {
    return e.placeId() != null ? "<a href=\"/entities/" + url(e.placeId()) + "\">" + esc(e.place()) + "</a>"
        : esc(e.place());
  }

  private static void fact(StringBuilder b, String term, String html) {
    if (html != null && !html.isBlank()) {
      b.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>");
    }
  }

  private static String facetForm(String action, String q, Facets f) {
    StringBuilder b = new StringBuilder("<form class=\"facets\" action=\"" + action + "\" method=\"get\">");
    if (action.equals("/search")) {
      b.append("<label>Words <input name=\"q\" type=\"search\" value=\"").append(esc(q)).append("\"></label>");
    }
    b.append("<label>Type <select name=\"type\"><option value=\"\">any</option>");
    for (String t : TYPES) {
      b.append("<option").append(t.equals(f.type()) ? " selected" : "").append(">").append(t).append("</option>");
    }
    b.append("</select></label>");
    b.append("<label>From <input name=\"from\" type=\"date\" value=\"").append(esc(f.from())).append("\"></label>");
    b.append("<label>To <input name=\"to\" type=\"date\" value=\"").append(esc(f.to())).append("\"></label>");
    b.append("<label>Place <input name=\"place\" value=\"").append(esc(f.place())).append("\"></label>");
    b.append("<label>Actor <input name=\"actor\" value=\"").append(esc(f.actor())).append("\"></label>");
    return b.append("<button type=\"submit\">Filter</button></form>").toString();
  }

  private static String query(Facets f) {
    StringBuilder b = new StringBuilder();
    if (f.type() != null) {
      b.append("type=").append(url(f.type())).append('&');
    }
    if (f.from() != null) {
      b.append("from=").append(url(f.from())).append('&');
    }
    if (f.to() != null) {
      b.append("to=").append(url(f.to())).append('&');
    }
    if (f.place() != null) {
      b.append("place=").append(url(f.place())).append('&');
    }
    if (f.actor() != null) {
      b.append("actor=").append(url(f.actor())).append('&');
    }
    return b.toString();
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
