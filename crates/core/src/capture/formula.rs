//! Formulas in an article body. The sanitizer removes `<math>` with everything inside it
//! (MathML is a known way past HTML sanitizers), which took an article's equations out of
//! its text. Before the body is sanitized, each formula is written out as the plain HTML the
//! sanitizer keeps: its MathML read in a line, the way a formula is typed (`x = (−b ±
//! √(b<sup>2</sup> − 4ac))/(2a)`), superscripts and subscripts as `<sup>`/`<sub>`, a table's
//! rows on lines of their own, a formula set as a block on a line of its own. A formula
//! without presentation markup falls back to its `alttext` or its TeX annotation. A picture
//! of a formula (Wikipedia's, with its TeX for alt text) stays a picture, as Readability
//! keeps it.
//!
//! No library turns MathML into text, so this is ours: a small reader of presentation
//! MathML's layout elements.

use dom_query::{Document, NodeRef};

/// Operators set apart by spaces when written in a line (`a + b = c`).
const SPACED_OPERATORS: &[&str] = &[
    "=", "+", "−", "-", "±", "∓", "×", "÷", "·", "<", ">", "≤", "≥", "≠", "≈", "≡", "∼", "≅", "→",
    "←", "↔", "⇒", "⇐", "⇔", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "∪", "∩", "∧", "∨", ":=", "∝",
];

/// Characters that an `<mover>` puts over its base as an accent (a dot for a derivative, a
/// hat, a bar, a vector's arrow), and the combining mark that sets each over the base's
/// last letter (`ẋ`).
const ACCENTS: &[(&str, char)] = &[
    ("˙", '\u{307}'),
    (".", '\u{307}'),
    ("¨", '\u{308}'),
    ("^", '\u{302}'),
    ("ˆ", '\u{302}'),
    ("~", '\u{303}'),
    ("˜", '\u{303}'),
    ("¯", '\u{304}'),
    ("‾", '\u{305}'),
    ("→", '\u{20d7}'),
    ("⃗", '\u{20d7}'),
    ("ˇ", '\u{30c}'),
    ("´", '\u{301}'),
    ("`", '\u{300}'),
];

/// Replaces every `<math>` in `doc` with its formula written in a line.
pub(super) fn write_out_formulas(doc: &Document) {
    // Script and style inside a formula are neither formula nor text.
    doc.select("math script, math style").remove();
    for math in doc.select("math").nodes().iter().rev() {
        let mut html = String::new();
        write_node(math, &mut html);
        // Operators side by side (`= −`) are set apart by one space, not two.
        let html = collapse(&html);
        let html = if has_text(&html) {
            html
        } else {
            // No layout to read: the page's own text for the formula, if it gave one.
            math.attr("alttext")
                .map(|t| t.to_string())
                .or_else(|| {
                    math.children()
                        .iter()
                        .flat_map(|c| c.children())
                        .find(|a| {
                            a.node_name().as_deref() == Some("annotation")
                                && a.attr("encoding").as_deref() == Some("application/x-tex")
                        })
                        .map(|a| a.text().to_string())
                })
                .map(|t| escape(t.trim()))
                .unwrap_or_default()
        };
        // A formula set as a block (`display="block"`) stands on a line of its own; the
        // full stop after it stays with it.
        let block = math.attr("display").as_deref() == Some("block");
        let placed = outermost_wrapper(math);
        let before = if block && content_before(&placed) {
            "<br>"
        } else {
            ""
        };
        let after = if block && content_after(&placed) {
            "<br>"
        } else {
            ""
        };
        math.replace_with_html(format!("{before}<span>{html}</span>{after}"));
    }
}

/// The outermost element around a formula that holds no other text (MathJax sets the
/// MathML in `<mjx-assistive-mml>` inside an `<mjx-container>` beside its own rendering,
/// whose glyphs are drawn by CSS): where the formula stands among the words.
fn outermost_wrapper<'a>(math: &NodeRef<'a>) -> NodeRef<'a> {
    let own = math.text();
    let own = own.trim();
    let mut at = *math;
    while let Some(parent) = at.parent() {
        let is_block = ["p", "div", "li", "td", "body", "section", "article", "dd"]
            .iter()
            .any(|tag| parent.has_name(tag));
        if is_block || parent.text().trim() != own {
            break;
        }
        at = parent;
    }
    at
}

/// Whether text or an element other than a line break stands before `node` in its parent.
fn content_before(node: &NodeRef) -> bool {
    let mut at = node.prev_sibling();
    while let Some(sibling) = at {
        if sibling.has_name("br") {
            return false;
        }
        if sibling.is_element() || !sibling.text().trim().is_empty() {
            return true;
        }
        at = sibling.prev_sibling();
    }
    false
}

/// Whether more than punctuation follows `node` in its parent.
fn content_after(node: &NodeRef) -> bool {
    let mut at = node.next_sibling();
    while let Some(sibling) = at {
        if sibling.has_name("br") {
            return false;
        }
        if sibling.is_element() {
            return true;
        }
        let text = sibling.text();
        let rest = text
            .trim_start()
            .trim_start_matches(['.', ',', ';', ':', '!', '?']);
        if !rest.trim().is_empty() {
            return true;
        }
        if !text.trim().is_empty() {
            // Punctuation only: it ends the formula's line.
            return false;
        }
        at = sibling.next_sibling();
    }
    false
}

/// Whether written-out HTML holds any text outside its tags.
fn has_text(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().any(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag && !c.is_whitespace() => return true,
            _ => {}
        }
        false
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Writes `node` (a MathML element or text) in a line onto `out`.
fn write_node(node: &NodeRef, out: &mut String) {
    if node.is_text() {
        out.push_str(&escape(node.text().trim()));
        return;
    }
    if !node.is_element() {
        return;
    }
    let name = node.node_name().map(|n| n.to_string()).unwrap_or_default();
    let args = node.element_children();
    let arg = |i: usize| -> String {
        let mut s = String::new();
        if let Some(child) = args.get(i) {
            write_node(child, &mut s);
        }
        s
    };
    match name.as_str() {
        "mi" | "mn" | "mtext" | "ms" => out.push_str(&escape(collapse(&node.text()).trim())),
        "mo" => {
            let op = collapse(&node.text());
            let op = op.trim();
            if SPACED_OPERATORS.contains(&op) {
                out.push_str(&format!(" {} ", escape(op)));
            } else if op == "," || op == ";" {
                out.push_str(&format!("{op} "));
            } else {
                out.push_str(&escape(op));
            }
        }
        "msup" => out.push_str(&format!("{}<sup>{}</sup>", arg(0), arg(1))),
        "msub" | "munder" => out.push_str(&format!("{}<sub>{}</sub>", arg(0), arg(1))),
        "msubsup" | "munderover" => out.push_str(&format!(
            "{}<sub>{}</sub><sup>{}</sup>",
            arg(0),
            arg(1),
            arg(2)
        )),
        "mover" => {
            let over = arg(1);
            if let Some((_, mark)) = ACCENTS.iter().find(|(a, _)| *a == over.trim()) {
                out.push_str(&format!("{}{mark}", arg(0)));
            } else {
                out.push_str(&format!("{}<sup>{}</sup>", arg(0), over));
            }
        }
        "mfrac" => out.push_str(&format!("{}/{}", grouped(&arg(0)), grouped(&arg(1)))),
        "msqrt" => {
            let mut inner = String::new();
            for child in &args {
                write_node(child, &mut inner);
            }
            out.push_str(&format!("√{}", grouped(inner.trim())));
        }
        "mroot" => out.push_str(&format!("<sup>{}</sup>√{}", arg(1), grouped(&arg(0)))),
        "mfenced" => {
            let open = node.attr("open").map_or("(".to_string(), |s| s.to_string());
            let close = node
                .attr("close")
                .map_or(")".to_string(), |s| s.to_string());
            // One separator between each two parts: the list's first (MathML repeats its
            // last for the parts past the list's end; a formula rarely mixes them).
            let separator = node.attr("separators").map_or(",".to_string(), |s| {
                s.trim()
                    .chars()
                    .next()
                    .map(String::from)
                    .unwrap_or_default()
            });
            let parts: Vec<String> = (0..args.len()).map(arg).collect();
            out.push_str(&escape(&open));
            out.push_str(&parts.join(&format!("{} ", escape(&separator))));
            out.push_str(&escape(&close));
        }
        "mtable" => {
            let rows: Vec<String> = (0..args.len()).map(|i| arg(i).trim().to_string()).collect();
            out.push_str(&rows.join("<br>"));
        }
        "mtr" | "mlabeledtr" => {
            let cells: Vec<String> = (0..args.len()).map(|i| arg(i).trim().to_string()).collect();
            out.push_str(&cells.join(" "));
        }
        // Only the formula itself: its other encodings (TeX, content MathML) are not text.
        "semantics" => out.push_str(&arg(0)),
        "annotation" | "annotation-xml" | "mspace" | "mphantom" | "none" | "mprescripts" => {}
        // A toggle shows its first alternative.
        "maction" => out.push_str(&arg(0)),
        // `math`, `mrow`, `mstyle`, `mpadded`, `menclose`, `merror`, `mtd` and anything
        // unknown: their children in order.
        _ => {
            for child in node.children() {
                write_node(&child, out);
            }
        }
    }
}

/// `part` in brackets when it is more than one symbol (`(2a)`, but `2` and `12.5`).
fn grouped(part: &str) -> String {
    let part = part.trim();
    let number = !part.is_empty() && part.chars().all(|c| c.is_ascii_digit() || c == '.');
    let simple = number || part.chars().count() == 1 || is_one_group(part);
    if simple {
        part.to_string()
    } else {
        format!("({part})")
    }
}

/// Whether `part` is one bracketed group already (`(1 − q)`, but not `(a)(b)`).
fn is_one_group(part: &str) -> bool {
    if !(part.starts_with('(') && part.ends_with(')')) {
        return false;
    }
    let mut depth = 0usize;
    for (i, c) in part.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && i + 1 < part.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(html: &str) -> String {
        let doc = Document::from(html);
        write_out_formulas(&doc);
        doc.select("body").inner_html().to_string()
    }

    #[test]
    fn the_quadratic_formula_in_a_line() {
        let html = "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, \
            <math display='block'><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi>\
            <mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi>\
            <mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>.</p>";
        assert_eq!(
            written(html),
            "<p>When <span>a ≠ 0</span>, <br><span>x = (− b ± √(b<sup>2</sup> − 4ac))/(2a)</span>.</p>"
        );
        // A block formula between words has the text after it on the next line.
        let html = "<p>Solve <math display='block'><mi>x</mi><mo>=</mo><mn>1</mn></math> \
            for x.</p><p><math display='block'><mi>y</mi></math></p>";
        assert_eq!(
            written(html),
            "<p>Solve <br><span>x = 1</span><br> for x.</p><p><span>y</span></p>"
        );
        // MathJax's wrappers around the MathML, beside its own glyphs drawn by CSS.
        let html = "<p>and they are <mjx-container><mjx-math><mjx-c></mjx-c></mjx-math>\
            <mjx-assistive-mml><math display='block'><mi>x</mi></math></mjx-assistive-mml>\
            </mjx-container>.</p>";
        assert!(
            written(html).contains("<br><span>x</span>"),
            "{}",
            written(html)
        );
    }

    #[test]
    fn accents_scripts_tables_and_fences() {
        let html = "<math><mtable><mtr><mtd><mover><mi>x</mi><mo>˙</mo></mover></mtd>\
            <mtd><mo>=</mo><mi>σ</mi><mfenced><mi>y</mi><mi>x</mi></mfenced></mtd></mtr>\
            <mtr><mtd><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow>\
            <mi>n</mi></munderover><msub><mi>a</mi><mi>k</mi></msub></mtd></mtr></mtable></math>";
        assert_eq!(
            written(html),
            "<span>x\u{307} = σ(y, x)<br>∑<sub>k = 1</sub><sup>n</sup>a<sub>k</sub></span>"
        );
    }

    #[test]
    fn brackets_are_not_doubled_and_operators_keep_one_space() {
        let html = "<math><mfrac><msup><mi>q</mi><mn>2</mn></msup><mrow><mo>(</mo><mn>1</mn>\
            <mo>−</mo><mi>q</mi><mo>)</mo></mrow></mfrac><mo>=</mo><mo>−</mo><mi>z</mi>\
            <mo>+</mo><mfrac><mrow><mo>(</mo><mi>a</mi><mo>)</mo><mo>(</mo><mi>b</mi>\
            <mo>)</mo></mrow><mn>2</mn></mfrac></math>";
        assert_eq!(
            written(html),
            "<span>(q<sup>2</sup>)/(1 − q) = − z + ((a)(b))/2</span>"
        );
    }

    #[test]
    fn a_formula_without_layout_falls_back_to_its_tex() {
        let html = "<math alttext='\\frac{1}{2}'><semantics><mrow></mrow>\
            <annotation encoding='application/x-tex'>\\frac{1}{2}</annotation></semantics></math>";
        assert_eq!(written(html), "<span>\\frac{1}{2}</span>");
        let html = "<math><semantics><mrow></mrow>\
            <annotation encoding='application/x-tex'>a &lt; b</annotation></semantics></math>";
        assert_eq!(written(html), "<span>a &lt; b</span>");
        // Script in a formula is neither formula nor text; markup in its text stays text.
        let html = "<math><mi>x</mi><mtext><script>alert(1)</script></mtext></math>";
        assert_eq!(written(html), "<span>x</span>");
        let html = "<math><mi>&lt;img src=x onerror=alert(1)&gt;</mi></math>";
        assert_eq!(
            written(html),
            "<span>&lt;img src=x onerror=alert(1)&gt;</span>"
        );
    }
}
