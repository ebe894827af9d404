//! MathML as TeX, for `$…$` in Markdown.
//!
//! A page's TeX source survives in `<math alttext>` (MediaWiki, MathJax) and is used as it is,
//! without MediaWiki's `{\displaystyle …}` wrapper. Otherwise the presentation elements the
//! sanitizer keeps are written as TeX: fractions, roots, scripts, over/under marks, tables,
//! with the common operators and Greek letters named. The tree is walked with a stack, never
//! by recursion.

use super::tree::{Data, Id, Tree};

/// Characters written as TeX commands (the rest of Unicode is left to the renderer).
const SYMBOLS: &[(char, &str)] = &[
    ('α', "\\alpha"),
    ('β', "\\beta"),
    ('γ', "\\gamma"),
    ('δ', "\\delta"),
    ('ε', "\\epsilon"),
    ('θ', "\\theta"),
    ('λ', "\\lambda"),
    ('μ', "\\mu"),
    ('π', "\\pi"),
    ('ρ', "\\rho"),
    ('σ', "\\sigma"),
    ('τ', "\\tau"),
    ('φ', "\\phi"),
    ('ω', "\\omega"),
    ('Δ', "\\Delta"),
    ('Σ', "\\Sigma"),
    ('Ω', "\\Omega"),
    ('∑', "\\sum"),
    ('∏', "\\prod"),
    ('∫', "\\int"),
    ('∞', "\\infty"),
    ('±', "\\pm"),
    ('×', "\\times"),
    ('÷', "\\div"),
    ('⋅', "\\cdot"),
    ('≤', "\\le"),
    ('≥', "\\ge"),
    ('≠', "\\ne"),
    ('≈', "\\approx"),
    ('→', "\\to"),
    ('∈', "\\in"),
    ('∂', "\\partial"),
    ('∇', "\\nabla"),
    ('−', "-"),
];

/// Accents written over a base, as [`token`] writes them (`mover` with one of these is
/// `\hat{x}`, not `\overset`).
const ACCENTS: &[(&str, &str)] = &[
    ("\\hat{}", "\\hat"),
    ("ˆ", "\\hat"),
    ("¯", "\\overline"),
    ("‾", "\\overline"),
    ("\\to", "\\vec"),
    ("\\sim", "\\tilde"),
    ("˜", "\\tilde"),
    ("˙", "\\dot"),
];

/// `<math>` as TeX and whether it is a display (block) formula.
pub fn to_tex(tree: &Tree, math: Id) -> (String, bool) {
    let display = tree.attr(math, "display") == Some("block");
    if let Some(alt) = tree.attr(math, "alttext").map(str::trim) {
        if !alt.is_empty() {
            return (strip_displaystyle(alt).to_string(), display);
        }
    }
    (walk(tree, math).trim().to_string(), display)
}

/// `{\displaystyle x}` → `x` (MediaWiki wraps every formula's alttext so).
fn strip_displaystyle(tex: &str) -> &str {
    tex.strip_prefix("{\\displaystyle")
        .and_then(|s| s.strip_suffix('}'))
        .map_or(tex, str::trim)
}

/// Post-order: each element's TeX is built from its children's, kept until its parent asks.
fn walk(tree: &Tree, root: Id) -> String {
    let mut done: Vec<(Id, String)> = Vec::new();
    let mut stack = vec![(root, false)];
    while let Some((id, visited)) = stack.pop() {
        // Text counts only inside token elements: elsewhere it is the markup's white space,
        // and the arguments of `mfrac`, `msup` … are the element children.
        let token = matches!(tree.name(id), "mi" | "mn" | "mo" | "ms" | "mtext");
        let kids = || {
            tree.children(id)
                .iter()
                .copied()
                .filter(move |&c| token || !matches!(tree.nodes[c as usize].data, Data::Text(_)))
        };
        if !visited {
            stack.push((id, true));
            let before = stack.len();
            stack.extend(kids().map(|c| (c, false)));
            stack[before..].reverse();
            continue;
        }
        let n = kids().count();
        let parts: Vec<String> = done
            .drain(done.len().saturating_sub(n)..)
            .map(|(_, s)| s)
            .collect();
        let tex = match &tree.nodes[id as usize].data {
            Data::Text(t) => t.clone(),
            Data::Root => parts.concat(),
            Data::Element { name, .. } => element(name, &parts),
        };
        done.push((id, tex));
    }
    done.pop().map(|(_, s)| s).unwrap_or_default()
}

fn element(name: &str, parts: &[String]) -> String {
    let arg = |i: usize| braced(parts.get(i).map_or("", String::as_str));
    match name {
        "mi" | "mn" | "mo" => token(&parts.concat(), name == "mi"),
        "mtext" | "ms" => {
            let t = parts
                .concat()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if t.is_empty() {
                " ".into()
            } else {
                format!("\\text{{{}}}", escape(&t))
            }
        }
        "mspace" => "\\,".into(),
        "mfrac" => format!("\\frac{}{}", arg(0), arg(1)),
        "msqrt" => format!("\\sqrt{}", braced(&parts.concat())),
        "mroot" => format!(
            "\\sqrt[{}]{}",
            parts.get(1).map_or("", String::as_str),
            arg(0)
        ),
        "msup" => format!("{}^{}", arg(0), arg(1)),
        "msub" => format!("{}_{}", arg(0), arg(1)),
        "msubsup" => format!("{}_{}^{}", arg(0), arg(1), arg(2)),
        "munder" => format!("\\underset{}{}", arg(1), arg(0)),
        "mover" => {
            let over = parts.get(1).map_or("", |s| s.trim());
            match ACCENTS.iter().find(|(c, _)| *c == over) {
                Some((_, cmd)) => format!("{cmd}{}", arg(0)),
                None => format!("\\overset{}{}", arg(1), arg(0)),
            }
        }
        "munderover" => format!("{}_{}^{}", arg(0), arg(1), arg(2)),
        "mtable" => format!("\\begin{{matrix}} {} \\end{{matrix}}", parts.join(" \\\\ ")),
        "mtr" => parts.join(" & "),
        "mrow" if parts.len() > 1 => parts.concat(),
        "mphantom" => String::new(),
        _ => parts.concat(),
    }
}

/// An argument in braces, so a script or a command applies to all of it.
fn braced(tex: &str) -> String {
    format!("{{{}}}", tex.trim())
}

/// A token element's text: known symbols named, TeX's specials escaped, a multi-letter
/// identifier upright (`\mathrm{sin}`).
fn token(text: &str, identifier: bool) -> String {
    let text = text.trim();
    let mut out = String::new();
    for c in text.chars() {
        match SYMBOLS.iter().find(|(s, _)| *s == c) {
            Some((_, cmd)) => {
                out.push_str(cmd);
                out.push(' ');
            }
            None => out.push_str(&escape(&c.to_string())),
        }
    }
    if identifier && text.chars().count() > 1 && text.chars().all(char::is_alphabetic) {
        format!("\\mathrm{{{out}}}")
    } else {
        out
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' | '$' | '%' | '&' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\backslash "),
            '^' => out.push_str("\\hat{}"),
            '~' => out.push_str("\\sim "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tex(html: &str) -> (String, bool) {
        let tree = Tree::parse(html);
        let math = tree.children(0)[0];
        to_tex(&tree, math)
    }

    #[test]
    fn presentation_mathml_is_written_as_tex() {
        let cases = [
            (
                "<math><mfrac>\n <mi>a</mi> <mrow><mi>b</mi><mo>+</mo><mn>1</mn></mrow></mfrac></math>",
                "\\frac{a}{b+1}",
            ),
            (
                "<math><msup><mi>x</mi><mn>2</mn></msup><mo>≤</mo><msqrt><mi>y</mi></msqrt></math>",
                "{x}^{2}\\le\\sqrt{y}",
            ),
            (
                "<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mi>sin</mi></math>",
                "{\\sum}_{i=1}^{n}\\mathrm{sin}",
            ),
            (
                "<math><mover><mi>v</mi><mo>→</mo></mover></math>",
                "\\vec{v}",
            ),
        ];
        for (html, want) in cases {
            assert_eq!(
                tex(html).0.replace(' ', ""),
                want.replace(' ', ""),
                "{html}"
            );
        }
    }

    #[test]
    fn alttext_is_the_pages_own_tex() {
        let (t, display) =
            tex(r#"<math display="block" alttext="{\displaystyle E=mc^{2}}"><mi>E</mi></math>"#);
        assert_eq!(t, "E=mc^{2}");
        assert!(display);
    }

    #[test]
    fn deep_mathml_is_walked_without_recursion() {
        let html = format!("<math>{}<mi>x</mi></math>", "<mrow>".repeat(100_000));
        assert_eq!(tex(&html).0, "x");
    }
}
