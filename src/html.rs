//! A small HTML writer for knead's printable pages (the handout and the
//! report): markup comes only from `&'static str` written in knead's
//! source, and every other text and attribute value goes through
//! [`escape`], so nothing from a routine file or the journal can become
//! markup. See docs/decisions.md, "HTML pages".

use std::fmt::{Display, Write as _};

/// `text` with the five characters that mean something in HTML replaced by
/// their entities, so it reads as the same words in text and in attributes.
///
/// Escape sequences, control characters and bidirectional overrides are
/// removed first ([`crate::text::sanitize`]): escaped, they would still be
/// in the page, to reorder a title or reach a terminal that prints it.
pub fn escape(text: &str) -> String {
    let text = crate::text::sanitize(text);
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// An attribute: a fixed name and any value, escaped when written.
pub type Attr<'a> = (&'static str, &'a dyn Display);

/// An HTML document being written.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
}

/// Print styles every page shares: A4 and US Letter both fit, since the
/// content is laid out within the narrower width and the shorter height
/// of the two (A4 is narrower, Letter shorter).
pub const PRINT_CSS: &str = "@page{size:auto;margin:12mm 13mm 13mm}\
@media print{body{margin:0;max-width:none}a{color:inherit}}\
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\
body{font:9.5pt/1.3 system-ui,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;color:#111;\
max-width:180mm;margin:8mm auto;overflow-wrap:anywhere}\
h1{font-size:17pt;margin:0 0 2mm}h2{font-size:12pt;margin:2.5mm 0 1mm;\
border-bottom:1px solid #999;break-after:avoid}\
ul,ol{margin:1mm 0;padding-left:6mm}li{margin:0.3mm 0}\
p{margin:1mm 0}code{font-family:'DejaVu Sans Mono',monospace}\
table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #bbb;padding:0.8mm 1.5mm;text-align:left;vertical-align:top}\
svg{max-width:100%;height:auto}.keep{break-inside:avoid}";

impl Html {
    /// A page: doctype, language, character set, title and styles.
    pub fn page(title: &str, css: &'static str) -> Self {
        let mut html = Self::default();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // No script, style or image may come from anywhere: the page is
        // read offline and must not reach the network.
        html.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
        );
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.element("title", &[], title);
        html.raw("\n<style>");
        html.raw(PRINT_CSS);
        html.raw(css);
        html.raw("</style>\n</head>\n<body>\n");
        html
    }

    /// Fixed markup from knead's own source.
    pub fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    /// A number or other value that is not text from outside, still escaped.
    pub fn value(&mut self, value: impl Display) {
        self.text(&value.to_string());
    }

    /// A value, or "-" where there is none (a table cell left empty).
    pub fn value_or_dash(&mut self, value: Option<impl Display>) {
        match value {
            Some(value) => self.value(value),
            None => self.text("-"),
        }
    }

    /// An opening tag with its attributes.
    pub fn open(&mut self, tag: &'static str, attrs: &[Attr<'_>]) {
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
        self.out.push('>');
    }

    /// A closing tag.
    pub fn close(&mut self, tag: &'static str) {
        let _ = write!(self.out, "</{tag}>");
    }

    /// A self-closing tag (SVG shapes).
    pub fn empty(&mut self, tag: &'static str, attrs: &[Attr<'_>]) {
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
        self.out.push_str("/>");
    }

    /// An element holding only text.
    pub fn element(&mut self, tag: &'static str, attrs: &[Attr<'_>], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// The page, closed.
    pub fn finish(mut self) -> String {
        self.raw("</body>\n</html>\n");
        self.out
    }

    fn attrs(&mut self, attrs: &[Attr<'_>]) {
        for (name, value) in attrs {
            let _ = write!(self.out, " {name}=\"{}\"", escape(&value.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Html, escape};

    #[test]
    fn markup_in_text_and_attributes_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        let mut html = Html::default();
        html.element("p", &[("title", &"\"><b>")], "<b>bold</b>");
        assert_eq!(
            html.out,
            "<p title=\"&quot;&gt;&lt;b&gt;\">&lt;b&gt;bold&lt;/b&gt;</p>"
        );
    }
}
