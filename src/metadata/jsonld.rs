//! JSON-LD: the first Article-like object's fields, read from the page's `ld+json` scripts.

use super::*;

/// The JSON-LD fields metadata reads (schema.org Article and kin).
#[derive(Debug, Default)]
pub(super) struct JsonLd {
    pub(super) headline: Option<String>,
    pub(super) author: Option<String>,
    pub(super) date_published: Option<String>,
    pub(super) date_modified: Option<String>,
    pub(super) site_name: Option<String>,
    pub(super) description: Option<String>,
    pub(super) image: Option<String>,
    /// The article's text as the page declares it (`articleBody`, or a posting's `text`).
    pub(super) body: Option<String>,
}

impl JsonLd {
    pub(super) fn parse(scripts: &[String]) -> JsonLd {
        let mut out = JsonLd::default();
        visit_objects(scripts, false, |map| {
            let ty = map.get("@type").map(type_names).unwrap_or_default();
            // Baidu's structured data for Chinese pages (`"@context":
            // "https://ziyuan.baidu.com/contexts/cambrian.jsonld"`) has no type:
            // it describes the page's article, with `title`, `pubDate` and `upDate`.
            let cambrian = map
                .get("@context")
                .and_then(Value::as_str)
                .is_some_and(|c| c.contains(BAIDU_CAMBRIAN_CONTEXT));
            if cambrian
                || ty.iter().any(|t| {
                    t.ends_with("Article") || t == "BlogPosting" || t == "Report" || t == "WebPage"
                })
            {
                let is_article = cambrian || !ty.iter().all(|t| t == "WebPage");
                let take = |slot: &mut Option<String>, val: Option<String>| {
                    if slot.is_none() || is_article {
                        if let Some(v) = val.filter(|v| !v.trim().is_empty()) {
                            if slot.is_none() || is_article {
                                *slot = Some(v);
                            }
                        }
                    }
                };
                take(
                    &mut out.headline,
                    map.get("headline")
                        .or_else(|| map.get("name"))
                        .or_else(|| map.get("title").filter(|_| cambrian))
                        .and_then(as_text),
                );
                take(
                    &mut out.author,
                    map.get("author")
                        .or_else(|| map.get("creator"))
                        .and_then(names),
                );
                take(
                    &mut out.date_published,
                    map.get("datePublished")
                        .or_else(|| map.get("dateCreated"))
                        .or_else(|| map.get("pubDate").filter(|_| cambrian))
                        .and_then(as_text),
                );
                take(
                    &mut out.date_modified,
                    map.get("dateModified")
                        .or_else(|| map.get("upDate").filter(|_| cambrian))
                        .and_then(as_text),
                );
                take(
                    &mut out.description,
                    map.get("description").and_then(as_text),
                );
                take(&mut out.image, map.get("image").and_then(url_of));
                take(
                    &mut out.body,
                    map.get("articleBody")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                );
                take(&mut out.site_name, map.get("publisher").and_then(names));
                // The first article-like object is the article's.
                return is_article;
            }
            false
        });
        out
    }
}

/// Visits the objects of the page's JSON-LD scripts in document order, at most
/// [`MAX_JSON_LD_VALUES`] values per script: inside arrays and `@graph` always, and inside
/// every other value too when `deep` (a Recipe nested in an Article's `mainEntity`). `visit`
/// returns `true` to stop.
pub(super) fn visit_objects(
    scripts: &[String],
    deep: bool,
    mut visit: impl FnMut(&serde_json::Map<String, Value>) -> bool,
) {
    for s in scripts {
        let Some(value) = parse_script(s) else {
            continue;
        };
        let mut stack = vec![&value];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > MAX_JSON_LD_VALUES {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if visit(map) {
                        return;
                    }
                    if deep {
                        let inner: Vec<&Value> = map.values().collect();
                        stack.extend(inner.into_iter().rev());
                    } else if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                }
                _ => {}
            }
        }
    }
}

/// A JSON-LD script's value. Scripts written by hand often break a string over lines (a raw
/// newline, which JSON forbids); they are read again with control characters as spaces, as
/// search engines read them.
pub(super) fn parse_script(s: &str) -> Option<Value> {
    let json = unwrap_script(s);
    serde_json::from_str::<Value>(json).ok().or_else(|| {
        let spaced: String = json
            .chars()
            .map(|c| if c.is_ascii_control() { ' ' } else { c })
            .collect();
        serde_json::from_str::<Value>(&spaced).ok()
    })
}

/// A JSON-LD script's JSON, without the comment or CDATA markers old pages wrap it in.
pub(super) fn unwrap_script(s: &str) -> &str {
    s.trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim()
}

pub(super) fn type_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

pub(super) fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(&htmlize::unescape(s))),
        Value::Array(a) => a.first().and_then(as_text),
        _ => None,
    }
}

pub(super) fn names(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)),
        Value::Array(a) => {
            let all: Vec<String> = a.iter().filter_map(names).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        Value::Object(m) => m.get("name").and_then(as_text),
        _ => None,
    }
}

pub(super) fn url_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.first().and_then(url_of),
        Value::Object(m) => m.get("url").and_then(url_of),
        _ => None,
    }
}

/// A recipe's ingredients and steps as the page declares them (schema.org `Recipe`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeclaredRecipe {
    pub ingredients: Vec<String>,
    pub steps: Vec<String>,
}

/// The first `Recipe` in the page's JSON-LD scripts, when it lists ingredients or steps.
pub(super) fn recipe(scripts: &[String]) -> Option<DeclaredRecipe> {
    first_of_type(scripts, "Recipe", |map| {
        let ingredients = map
            .get("recipeIngredient")
            .or_else(|| map.get("ingredients"))
            .map(texts)
            .unwrap_or_default();
        let steps = map.get("recipeInstructions").map(texts).unwrap_or_default();
        (!ingredients.is_empty() || !steps.is_empty())
            .then_some(DeclaredRecipe { ingredients, steps })
    })
}

/// What `read` makes of the first object of schema.org type `name` in the page's JSON-LD
/// scripts (nested ones too) that it reads as one (`Some`).
fn first_of_type<T>(
    scripts: &[String],
    name: &str,
    read: impl Fn(&serde_json::Map<String, Value>) -> Option<T>,
) -> Option<T> {
    let mut found = None;
    visit_objects(scripts, true, |map| {
        found = has_type(map, name).then(|| read(map)).flatten();
        found.is_some()
    });
    found
}

/// Whether a JSON-LD object declares the schema.org type `name` (among others).
fn has_type(map: &serde_json::Map<String, Value>, name: &str) -> bool {
    map.get("@type")
        .map(type_names)
        .unwrap_or_default()
        .iter()
        .any(|t| t == name)
}

/// Instructions as the page declares them (schema.org `HowTo`): an app shell that draws them
/// with scripts declares them whole. The description and each step's text are HTML as written
/// there (sites write `<p>` into them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeclaredHowTo {
    pub description: Option<String>,
    /// What the reader needs (`supply` and `tool` names).
    pub supplies: Vec<String>,
    pub steps: Vec<DeclaredStep>,
}

/// One step of a [`DeclaredHowTo`]: its name (a heading) and its text (HTML).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeclaredStep {
    pub name: Option<String>,
    pub text: String,
}

/// The first `HowTo` in the page's JSON-LD scripts that lists steps.
pub(super) fn howto(scripts: &[String]) -> Option<DeclaredHowTo> {
    first_of_type(scripts, "HowTo", |map| {
        let steps = map.get("step").map(steps).unwrap_or_default();
        if steps.is_empty() {
            return None;
        }
        let supplies = ["supply", "tool"]
            .iter()
            .filter_map(|k| map.get(*k))
            .flat_map(texts)
            .collect();
        let description = map
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string);
        Some(DeclaredHowTo {
            description,
            supplies,
            steps,
        })
    })
}

/// The steps of a `HowTo`: strings, or `HowToStep`s with a `name` and a `text` (or directions
/// and tips in their `itemListElement`), sections (`HowToSection`) flattened, in order.
fn steps(v: &Value) -> Vec<DeclaredStep> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        if out.len() >= MAX_DECLARED_STEPS {
            break;
        }
        match v {
            Value::String(s) => out.push(DeclaredStep {
                name: None,
                text: s.clone(),
            }),
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                let items = map.get("itemListElement");
                if has_type(map, "HowToSection") {
                    stack.extend(items);
                    continue;
                }
                let text = match (map.get("text").and_then(Value::as_str), items) {
                    (Some(t), _) => t.to_string(),
                    (None, Some(items)) => directions(items),
                    (None, None) => String::new(),
                };
                let name = map.get("name").and_then(Value::as_str).map(collapse);
                if !text.is_empty() || name.is_some() {
                    out.push(DeclaredStep { name, text });
                }
            }
            _ => {}
        }
    }
    out
}

/// The text (HTML) of a step's directions and tips (`HowToDirection`, `HowToTip`), joined.
fn directions(items: &Value) -> String {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m.get("text").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    match items {
        Value::Array(a) => a.iter().filter_map(one).collect::<Vec<_>>().join("\n"),
        v => one(v).unwrap_or_default(),
    }
}

/// The texts of a list of strings or of `HowToStep`s (`text`, else `name`), sections
/// (`HowToSection`'s `itemListElement`) flattened, in order; a single string is split in lines.
fn texts(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => out.extend(
                htmlize::unescape(s)
                    .lines()
                    .map(collapse)
                    .filter(|l| !l.is_empty()),
            ),
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(items) = map.get("itemListElement") {
                    stack.push(items);
                } else if let Some(t) = map.get("text").or_else(|| map.get("name")) {
                    stack.push(t);
                }
            }
            _ => {}
        }
        if out.len() > 500 {
            break;
        }
    }
    out
}
