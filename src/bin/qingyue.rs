//! `qingyue`: the command-line face of the library. Glue only: argument parsing, file I/O and
//! output formatting; every decision is the library's.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
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
        /// Output: one JSON object per input and line, the article HTML, or its plain text.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Largest input accepted, in bytes.
        #[arg(long, default_value_t = qingyue::options::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// HTML files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Html,
    Text,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract {
            url,
            charset,
            format,
            max_bytes,
            files,
        } => {
            let mut options = Options::default().with_max_bytes(max_bytes);
            options.url = url;
            options.charset = charset;
            let sources: Vec<String> = if files.is_empty() {
                vec!["-".to_string()]
            } else {
                files
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect()
            };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let mut failed = false;
            for source in &sources {
                let result = read_input(source)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        qingyue::extract(&bytes, &options).map_err(|e| e.to_string())
                    });
                match result {
                    Ok(article) => {
                        if let Err(e) = write_article(&mut out, source, &article, format) {
                            eprintln!("qingyue: {source}: {e}");
                            failed = true;
                        }
                    }
                    Err(e) => {
                        let _ = out.flush();
                        eprintln!("qingyue: {source}: {e}");
                        failed = true;
                    }
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
    }
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
    out: &mut impl Write,
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
    }
}
