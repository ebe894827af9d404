//! `qingyue`: the command-line face of the library. Glue only: argument parsing, file I/O and
//! output formatting; every decision is the library's.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use qingyue::zh::{ConvertOptions, Target, Zh};
use qingyue::{Article, Options};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "qingyue",
    version,
    about = "清阅 — reader mode: extract the article from web pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the article from HTML files (or standard input when no FILE is given).
    Extract {
        /// The page's URL, for resolving relative links and images.
        #[arg(long)]
        url: Option<String>,
        /// The charset the page was served with (detection still corrects a wrong label).
        #[arg(long, value_name = "LABEL")]
        charset: Option<String>,
        /// Output: one JSON object per input and line, the article HTML, its plain text, or
        /// Markdown with YAML front matter.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Largest input accepted, in bytes.
        #[arg(long, default_value_t = qingyue::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// Convert the article to this Chinese script: zh-Hans, zh-Hant, zh-TW or zh-HK.
        #[arg(long, value_name = "TARGET")]
        to: Option<Target>,
        /// With --to: regional vocabulary too (软件 → 軟體).
        #[arg(long, requires = "to")]
        phrases: bool,
        /// HTML files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
    /// Convert Chinese text (or HTML with --html) between scripts, stdin to stdout by default.
    Convert {
        /// zh-Hans (简体), zh-Hant (繁體), zh-TW (臺灣) or zh-HK (香港).
        #[arg(long, value_name = "TARGET")]
        to: Target,
        /// Regional vocabulary too (软件 → 軟體).
        #[arg(long)]
        phrases: bool,
        /// The input is HTML: convert text nodes and alt/title only.
        #[arg(long)]
        html: bool,
        /// Keep flattened pinyin glosses such as 團(tuán).
        #[arg(long)]
        keep_glosses: bool,
        /// Remove ruby annotations (with --html).
        #[arg(long)]
        strip_ruby: bool,
        /// Files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
    /// Say whether pages probably have an article to read (much cheaper than extracting):
    /// one JSON line per file, `{"source": …, "readerable": true|false}`.
    Probe {
        /// HTML files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
    /// Write the conversion dictionaries (qingyue-zh.bin) that the wasm package loads on demand.
    ZhData {
        /// Where to write the file.
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Html,
    Text,
    /// GitHub-flavoured Markdown with YAML front matter.
    Markdown,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

#[derive(Serialize)]
struct ProbeLine<'a> {
    source: &'a str,
    readerable: bool,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract {
            url,
            charset,
            format,
            max_bytes,
            to,
            phrases,
            files,
        } => {
            let mut options = Options::default().with_max_bytes(max_bytes);
            options.url = url;
            options.charset = charset;
            let convert_to = to.map(|t| {
                let mut o = ConvertOptions::to(t);
                o.phrases = phrases;
                o
            });
            extract(&options, convert_to.as_ref(), format, &files)
        }
        Command::Convert {
            to,
            phrases,
            html,
            keep_glosses,
            strip_ruby,
            files,
        } => {
            let mut options = ConvertOptions::to(to);
            options.phrases = phrases;
            options.strip_glosses = !keep_glosses;
            options.strip_ruby = strip_ruby;
            convert(&options, html, &files)
        }
        Command::Probe { files } => for_each_input(&files, |source, bytes, out| {
            let line = ProbeLine {
                source,
                readerable: qingyue::is_probably_readerable(&bytes),
            };
            serde_json::to_writer(&mut *out, &line).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        }),
        Command::ZhData { out } => match Zh::builtin_data() {
            Some(data) => match std::fs::write(&out, data) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("qingyue: {}: {e}", out.display());
                    ExitCode::FAILURE
                }
            },
            None => {
                eprintln!(
                    "qingyue: this build has no conversion dictionaries (run `npm ci`, then rebuild)"
                );
                ExitCode::FAILURE
            }
        },
    }
}

/// The inputs: the files, or standard input (`-`) when there are none.
fn sources(files: &[PathBuf]) -> Vec<String> {
    if files.is_empty() {
        vec!["-".into()]
    } else {
        files
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect()
    }
}

/// Runs `each` on every input and writes what it returns; an input that fails is reported on
/// stderr with its name and the others still run. The exit code says whether any failed.
fn for_each_input(
    files: &[PathBuf],
    mut each: impl FnMut(&str, Vec<u8>, &mut dyn Write) -> Result<(), String>,
) -> ExitCode {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for source in &sources(files) {
        if let Err(e) = read_input(source)
            .map_err(|e| e.to_string())
            .and_then(|bytes| each(source, bytes, &mut out))
        {
            let _ = out.flush();
            eprintln!("qingyue: {source}: {e}");
            failed = true;
        }
    }
    if out.flush().is_err() {
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn extract(
    options: &Options,
    convert_to: Option<&ConvertOptions>,
    format: Format,
    files: &[PathBuf],
) -> ExitCode {
    for_each_input(files, |source, bytes, out| {
        let mut article = qingyue::extract(&bytes, options).map_err(|e| e.to_string())?;
        if let Some(o) = convert_to {
            article = Zh::builtin()
                .and_then(|zh| zh.convert_article(&article, o))
                .map_err(|e| e.to_string())?;
        }
        write_article(out, source, &article, format).map_err(|e| e.to_string())
    })
}

fn convert(options: &ConvertOptions, html: bool, files: &[PathBuf]) -> ExitCode {
    let zh = match Zh::builtin() {
        Ok(zh) => zh,
        Err(e) => {
            eprintln!("qingyue: {e}");
            return ExitCode::FAILURE;
        }
    };
    for_each_input(files, |_, bytes, out| {
        let text = String::from_utf8(bytes).map_err(|_| "input is not UTF-8".to_string())?;
        let converted = if html {
            qingyue::zh::html::convert_html(zh, &text, options)
        } else {
            zh.convert_text(&text, options)
        }
        .map_err(|e| e.to_string())?;
        out.write_all(converted.as_bytes())
            .map_err(|e| e.to_string())
    })
}

fn read_input(source: &str) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if source == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(source)?;
    }
    Ok(bytes)
}

fn write_article(
    out: &mut dyn Write,
    source: &str,
    article: &Article,
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &JsonLine { source, article })?;
            writeln!(out)
        }
        Format::Html => writeln!(out, "{}", article.content),
        Format::Text => writeln!(out, "{}", article.text_content),
        Format::Markdown => write!(out, "{}", article.to_markdown()),
    }
}
