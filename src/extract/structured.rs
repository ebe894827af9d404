//! What a page declares in structured data (JSON-LD) fills in what its markup lacks: the body of
//! an app shell, a recipe's ingredients and steps, a how-to drawn by scripts.

use super::emit::Emitted;
use crate::heuristics::{
    DECLARED_BODY_FOUND_SHARE, DECLARED_BODY_MIN_CHARS, HOWTO_HEADINGS, RECIPE_FOUND_SHARE,
    RECIPE_HEADINGS,
};
use crate::metadata::{DeclaredHowTo, DeclaredRecipe};

/// The body the page declares in JSON-LD replaces what was found in the markup when that holds
/// little text and the declared body clearly more (an app shell that renders the story with
/// scripts, a body kept in a template): its paragraphs, escaped, as the article.
pub fn declared_body_if_fuller(emitted: &mut Emitted, body: &str) {
    // Markup in it (some sites declare the body's HTML) is not read as text.
    if body.contains("</") || body.contains("<br") {
        return;
    }
    let declared = crate::html::decode::text(body, crate::html::tokenizer::TextKind::Data);
    let declared_len = declared.chars().filter(|c| !c.is_whitespace()).count();
    let found_len = emitted.text.chars().filter(|c| !c.is_whitespace()).count();
    if declared_len < DECLARED_BODY_MIN_CHARS
        || found_len as f32 >= declared_len as f32 * DECLARED_BODY_FOUND_SHARE
    {
        return;
    }
    let paragraphs: Vec<String> = declared
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let mut html = String::from("<div>");
    for p in &paragraphs {
        html.push_str("<p>");
        html.push_str(&htmlize::escape_text(p.as_str()));
        html.push_str("</p>");
    }
    html.push_str("</div>");
    emitted.html = html;
    emitted.text = paragraphs.join("\n");
}

/// A recipe whose ingredients or steps the article misses (most of the declared ones are not in
/// its text): the declared lists are added after it, under headings in the page's language.
pub fn recipe_if_missing(emitted: &mut Emitted, recipe: &DeclaredRecipe, lang: Option<&str>) {
    let text: String = emitted
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let found = |items: &[String]| {
        let present = items.iter().filter(|i| text.contains(i.as_str())).count();
        present as f32 >= items.len() as f32 * RECIPE_FOUND_SHARE
    };
    let (ingredients_head, steps_head) = headings(RECIPE_HEADINGS, lang);
    let mut added = String::new();
    for (items, head, list) in [
        (&recipe.ingredients, ingredients_head, "ul"),
        (&recipe.steps, steps_head, "ol"),
    ] {
        if items.is_empty() || found(items) {
            continue;
        }
        added.push_str("<h2>");
        added.push_str(head);
        added.push_str("</h2><");
        added.push_str(list);
        added.push('>');
        emitted.text.push('\n');
        emitted.text.push_str(head);
        for item in items {
            added.push_str("<li>");
            added.push_str(&htmlize::escape_text(item.as_str()));
            added.push_str("</li>");
            emitted.text.push('\n');
            emitted.text.push_str(item);
        }
        added.push_str("</");
        added.push_str(list);
        added.push('>');
    }
    if added.is_empty() {
        return;
    }
    // Inside the article's outer `<div>`.
    match emitted.html.strip_suffix("</div>") {
        Some(body) => emitted.html = format!("{body}{added}</div>"),
        None => emitted.html.push_str(&added),
    }
}

/// A declared how-to as a document to read the article from: its description, what it
/// needs and its steps (each under its name), under headings in the page's language. The
/// description and steps are HTML as the page wrote them; the document is read as any page
/// is, so their markup is cleaned the same way.
pub fn howto_document(howto: &DeclaredHowTo, lang: Option<&str>) -> String {
    let (supplies_head, steps_head) = headings(HOWTO_HEADINGS, lang);
    let mut doc = String::from("<!DOCTYPE html><html><body><article>");
    if let Some(d) = &howto.description {
        doc.push_str("<div>");
        doc.push_str(d);
        doc.push_str("</div>");
    }
    let heading = |doc: &mut String, tag: &str, text: &str| {
        doc.push_str(&format!("<{tag}>{}</{tag}>", htmlize::escape_text(text)));
    };
    if !howto.supplies.is_empty() {
        heading(&mut doc, "h2", supplies_head);
        doc.push_str("<ul>");
        for s in &howto.supplies {
            heading(&mut doc, "li", s);
        }
        doc.push_str("</ul>");
    }
    heading(&mut doc, "h2", steps_head);
    for step in &howto.steps {
        doc.push_str("<section>");
        if let Some(name) = &step.name {
            heading(&mut doc, "h3", name);
        }
        doc.push_str("<div>");
        doc.push_str(&step.text);
        doc.push_str("</div></section>");
    }
    doc.push_str("</article></body></html>");
    doc
}

/// The headings (`table`: by language, the first the default) in the page's language.
fn headings(
    table: &[(&str, &'static str, &'static str)],
    lang: Option<&str>,
) -> (&'static str, &'static str) {
    let primary = lang
        .unwrap_or("")
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    table
        .iter()
        .find(|(l, ..)| *l == primary)
        .or_else(|| table.first())
        .map_or(("", ""), |&(_, i, s)| (i, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Emitted {
        Emitted {
            html: format!("<div><p>{text}</p></div>"),
            text: text.to_string(),
            kept: 1,
        }
    }

    #[test]
    fn missing_ingredients_and_steps_are_added_in_the_pages_language() {
        let recipe = DeclaredRecipe {
            ingredients: vec!["200 g Mehl".into(), "6 Eier".into()],
            steps: vec!["Teig rühren.".into(), "Backen & abkühlen.".into()],
        };
        let mut e = article("Ein saftiger Kuchen vom Blech, schnell gemacht.");
        recipe_if_missing(&mut e, &recipe, Some("de-DE"));
        assert!(
            e.html.contains("<h2>Zutaten</h2><ul><li>200 g Mehl</li>"),
            "{}",
            e.html
        );
        assert!(
            e.html
                .contains("<ol><li>Teig rühren.</li><li>Backen &amp; abkühlen.</li></ol></div>"),
            "{}",
            e.html
        );
        assert!(e.text.contains("\n6 Eier"));
    }

    #[test]
    fn lists_the_article_has_are_not_repeated() {
        let recipe = DeclaredRecipe {
            ingredients: vec!["2 eggs".into(), "1 cup flour".into()],
            steps: vec![],
        };
        let mut e = article("You need 2 eggs and 1 cup flour.");
        let before = e.clone();
        recipe_if_missing(&mut e, &recipe, None);
        assert_eq!(e, before);
    }
}
