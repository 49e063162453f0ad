//! `cuttings`: the command-line companion of the Cuttings desktop app. A thin layer over
//! cuttings-core: every subcommand parses its arguments, calls one core function and
//! prints the result. Documented in `docs/cli.md`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use cuttings_core::capture::batch::request_for_path;
use cuttings_core::capture::fetch::FetchPolicy;
use cuttings_core::capture::{shortcut, Format, ImportRequest};
use cuttings_core::model::{CaptureKind, Filter, ImportOutcome, ListQuery, SortOrder};
use cuttings_core::search::{MARK_END, MARK_START, MAX_PAGE};
use cuttings_core::Library;

#[derive(Parser)]
#[command(
    name = "cuttings",
    version,
    about = "Cuttings: an archive for news clippings"
)]
struct Cli {
    /// Library folder (default: $CUTTINGS_LIBRARY, else $XDG_DATA_HOME/cuttings).
    #[arg(long, global = true, value_name = "DIR")]
    library: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import web pages by URL, saved pages, text clippings and folders of them (`-` reads
    /// standard input).
    Import {
        /// URLs, files or folders to import, or `-` for standard input.
        #[arg(required = true, value_name = "URL|PATH|-")]
        inputs: Vec<String>,
        /// How to read the inputs.
        #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
        format: FormatArg,
        /// The page's URL (for a single input).
        #[arg(long)]
        url: Option<String>,
        /// Print each stored article as one JSON object per line.
        #[arg(long)]
        json: bool,
        /// Allow fetching from loopback and private-network addresses.
        #[arg(long)]
        allow_private: bool,
    },
    /// Show one article.
    Show {
        /// The article's id.
        id: i64,
        /// Print the article as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a capture's original bytes, exactly as received (`show` prints capture ids),
    /// after checking them against the SHA-256 recorded at capture.
    Original {
        /// The capture's id.
        capture: i64,
        /// Write to this file, or into this folder under the proposed name (default:
        /// standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Download the images an article's photos name but do not hold (a page saved without
    /// its pictures); each is stored with the time it was downloaded.
    DownloadPhotos {
        /// The article's id.
        id: i64,
        /// Print what happened as one JSON object (`downloaded`, `failed`).
        #[arg(long)]
        json: bool,
        /// Allow fetching from loopback and private-network addresses.
        #[arg(long)]
        allow_private: bool,
    },
    /// List the articles (most recently captured first unless --sort says otherwise).
    List {
        /// Print one JSON object per line.
        #[arg(long)]
        json: bool,
        /// At most this many articles.
        #[arg(long)]
        limit: Option<u32>,
        /// Only articles matching this search (syntax: docs/search.md).
        #[arg(long, value_name = "QUERY")]
        search: Option<String>,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Search the library (syntax: docs/search.md); best match first.
    Search {
        /// The search, e.g. `kosovo -serbia credit:Reuters published:2022`.
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// Print one JSON object per line (the same objects as `list --json`).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filters: FilterArgs,
    },
}

/// The filters `list` and `search` share (each may be given several times where it
/// takes a list).
#[derive(clap::Args)]
struct FilterArgs {
    /// Articles with this tag or one of its sub-tags (all given tags must match).
    #[arg(long, value_name = "PATH")]
    tag: Vec<String>,
    /// Articles from this site (any of those given).
    #[arg(long)]
    site: Vec<String>,
    /// Articles in this section path, e.g. "News / World" (any of those given).
    #[arg(long)]
    section: Vec<String>,
    /// Articles of this genre (any of those given).
    #[arg(long)]
    genre: Vec<String>,
    /// Articles in this language code (any of those given).
    #[arg(long)]
    language: Vec<String>,
    /// Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    published_from: Option<String>,
    /// Published on or before this date.
    #[arg(long, value_name = "DATE")]
    published_to: Option<String>,
    /// Captured on or after this date.
    #[arg(long, value_name = "DATE")]
    captured_from: Option<String>,
    /// Captured on or before this date.
    #[arg(long, value_name = "DATE")]
    captured_to: Option<String>,
    /// Only articles with photos.
    #[arg(long)]
    has_photos: bool,
    /// Only articles with annotations.
    #[arg(long)]
    has_annotations: bool,
    /// Only articles in this collection (its id).
    #[arg(long, value_name = "ID")]
    collection: Option<i64>,
    /// Only articles with a photo whose credit contains this.
    #[arg(long)]
    credit: Option<String>,
    /// Order of the results.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum SortArg {
    /// Best match when searching, newest capture otherwise.
    Relevance,
    Captured,
    Published,
    Title,
    Site,
}

impl FilterArgs {
    fn query(self, search: String) -> ListQuery {
        ListQuery {
            search,
            sort: match self.sort {
                SortArg::Relevance => SortOrder::Relevance,
                SortArg::Captured => SortOrder::Captured,
                SortArg::Published => SortOrder::Published,
                SortArg::Title => SortOrder::Title,
                SortArg::Site => SortOrder::Site,
            },
            filter: Filter {
                tags: self.tag,
                sites: self.site,
                sections: self.section,
                genres: self.genre,
                languages: self.language,
                published_from: self.published_from,
                published_to: self.published_to,
                captured_from: self.captured_from,
                captured_to: self.captured_to,
                has_photos: self.has_photos.then_some(true),
                has_annotations: self.has_annotations.then_some(true),
                collection: self.collection,
                credit: self.credit,
            },
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Html,
    Text,
    Mhtml,
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("cuttings: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn open_library(dir: Option<PathBuf>) -> Result<Library> {
    let dir = match dir {
        Some(d) => d,
        None => cuttings_core::library::default_dir().ok_or_else(|| {
            anyhow!("no library folder: pass --library DIR or set CUTTINGS_LIBRARY")
        })?,
    };
    Ok(Library::open(&dir)?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    let library = open_library(cli.library)?;
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Import {
            inputs,
            format,
            url,
            json,
            allow_private,
        } => {
            let policy = FetchPolicy {
                allow_private,
                ..FetchPolicy::default()
            };
            if url.is_some() && inputs.len() > 1 {
                bail!("--url names one page: give a single input with it");
            }
            let format = match format {
                FormatArg::Auto => Format::Auto,
                FormatArg::Html => Format::Html,
                FormatArg::Text => Format::Text,
                FormatArg::Mhtml => Format::Mhtml,
                FormatArg::Markdown => Format::Markdown,
            };
            let mut failures = 0;
            let mut report = |result: Result<ImportOutcome>| -> Result<()> {
                match result {
                    Ok(outcome) => {
                        // The result line first, then what to check about it: in a log that
                        // holds both streams each warning follows the import it is about.
                        if json {
                            let article = library.article(outcome.article_id())?;
                            writeln!(out, "{}", serde_json::to_string(&article)?)?;
                        } else {
                            writeln!(out, "{}", describe(&outcome))?;
                        }
                        out.flush()?;
                        for warning in outcome.warnings() {
                            eprintln!(
                                "cuttings: article {} ({}): {warning}",
                                outcome.article_id(),
                                outcome.title()
                            );
                        }
                    }
                    Err(err) => {
                        failures += 1;
                        eprintln!("cuttings: {err:#}");
                    }
                }
                Ok(())
            };
            // A link file (what a desktop keeps of a dragged link) stands for its address.
            let mut refused = Vec::new();
            let inputs: Vec<String> = inputs
                .into_iter()
                .filter_map(|input| {
                    if url.is_some() {
                        return Some(input);
                    }
                    match shortcut::address_of(Path::new(&input)) {
                        None => Some(input),
                        Some(Ok(link)) => Some(link),
                        Some(Err(message)) => {
                            refused.push(message);
                            None
                        }
                    }
                })
                .collect();
            for message in refused {
                report(Err(anyhow!(message)))?;
            }
            let is_url =
                |input: &str| input.starts_with("http://") || input.starts_with("https://");
            let mut rest = &inputs[..];
            while let Some(input) = rest.first() {
                if is_url(input) {
                    // Addresses given one after another are fetched side by side, and
                    // reported in the order given.
                    let run = rest.iter().take_while(|i| is_url(i)).count();
                    let batch =
                        library.import_urls(&rest[..run], &policy, &AtomicBool::new(false), |_| {});
                    for outcome in batch.outcomes {
                        report(Ok(outcome))?;
                    }
                    for failure in batch.failures {
                        report(Err(anyhow!(failure.message)))?;
                    }
                    rest = &rest[run..];
                    continue;
                }
                rest = &rest[1..];
                if input != "-" && url.is_none() && Path::new(input).is_dir() {
                    // A folder goes through the batch pipeline: pages are extracted side by
                    // side and written in groups, in name order.
                    let batch = library.import_paths(
                        &[PathBuf::from(input)],
                        format,
                        &AtomicBool::new(false),
                        |_| {},
                    );
                    if batch.outcomes.is_empty() && batch.failures.is_empty() {
                        eprintln!("cuttings: {input}: no pages or text files in this folder");
                    }
                    for outcome in batch.outcomes {
                        report(Ok(outcome))?;
                    }
                    for failure in batch.failures {
                        report(Err(anyhow!(failure.message)))?;
                    }
                } else {
                    report(import_one(&library, input, format, url.clone()))?;
                }
            }
            Ok(if failures == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Show { id, json } => {
            let article = library.article(id)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&article)?)?;
            } else {
                print_article(&mut out, &article)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::DownloadPhotos {
            id,
            json,
            allow_private,
        } => {
            // Fails with "article N is not in the library" before anything is fetched.
            library.article(id)?;
            let policy = FetchPolicy {
                allow_private,
                ..FetchPolicy::default()
            };
            let report = library.download_missing_photos(id, &policy)?;
            if json {
                writeln!(out, "{}", serde_json::to_string(&report)?)?;
            } else {
                let s = if report.downloaded == 1 { "" } else { "s" };
                writeln!(out, "downloaded {} photo{s}", report.downloaded)?;
            }
            for failure in &report.failed {
                eprintln!("cuttings: {}: {}", failure.url, failure.reason);
            }
            Ok(if report.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Original { capture, out: dest } => {
            let file = library
                .original_file(capture)?
                .ok_or_else(|| anyhow!("capture {capture} is not in the library"))?;
            match dest {
                None => out.write_all(&file.bytes)?,
                Some(path) => {
                    let path = if path.is_dir() {
                        path.join(&file.file_name)
                    } else {
                        path
                    };
                    std::fs::write(&path, &file.bytes)
                        .with_context(|| format!("{}: could not write", path.display()))?;
                    eprintln!("wrote {} ({} bytes)", path.display(), file.bytes.len());
                }
            }
            if file.intact {
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "cuttings: capture {capture}: these bytes no longer match the SHA-256 recorded at capture ({}): the library file was changed",
                    file.sha256
                );
                Ok(ExitCode::FAILURE)
            }
        }
        Command::List {
            json,
            limit,
            search,
            filters,
        } => {
            let query = filters.query(search.unwrap_or_default());
            print_list(&mut out, &library, &query, limit.unwrap_or(u32::MAX), json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Search {
            query,
            limit,
            json,
            filters,
        } => {
            let query = filters.query(query.join(" "));
            print_list(&mut out, &library, &query, limit, json)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints up to `limit` rows of a list or search, page by page.
fn print_list(
    out: &mut impl Write,
    library: &Library,
    query: &ListQuery,
    limit: u32,
    json: bool,
) -> Result<()> {
    let mut remaining = limit;
    let mut after: Option<String> = None;
    while remaining > 0 {
        let page = library.list(query, after.as_deref(), remaining.min(MAX_PAGE))?;
        for item in &page.items {
            if json {
                writeln!(out, "{}", serde_json::to_string(item)?)?;
                continue;
            }
            let date = item.published.as_deref().unwrap_or("");
            let site = item.site_name.as_deref().unwrap_or("");
            writeln!(
                out,
                "{:>6}  {:<10}  {:<20}  {}",
                item.id,
                date.get(..10).unwrap_or(date),
                site,
                item.title
            )?;
            if let Some(snippet) = &item.snippet {
                let shown = snippet.replace(MARK_START, "[").replace(MARK_END, "]");
                writeln!(out, "        {}", shown.replace('\n', " "))?;
            }
        }
        remaining = remaining.saturating_sub(page.items.len() as u32);
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    Ok(())
}

/// Reads one input (a file or `-`) and imports it.
fn import_one(
    library: &Library,
    input: &str,
    format: Format,
    url: Option<String>,
) -> Result<ImportOutcome> {
    let mut request = if input == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("stdin: cannot read")?;
        ImportRequest {
            bytes,
            kind: CaptureKind::Text,
            source_name: "stdin".into(),
            format,
            url: None,
            base_dir: None,
            http: None,
            copied_text: None,
        }
    } else {
        request_for_path(Path::new(input), format)?
    };
    request.url = url;
    Ok(library.import(request)?)
}

fn describe(outcome: &ImportOutcome) -> String {
    match outcome {
        ImportOutcome::Created {
            article_id, title, ..
        } => format!("imported  {article_id}  {title}"),
        ImportOutcome::AlreadyThere { article_id, title } => {
            format!("already there  {article_id}  {title}")
        }
        ImportOutcome::NewCapture {
            article_id, title, ..
        } => {
            format!("new capture  {article_id}  {title}")
        }
    }
}

fn print_article(out: &mut impl Write, a: &cuttings_core::model::Article) -> Result<()> {
    writeln!(out, "{}", a.title)?;
    if !a.section.is_empty() {
        writeln!(out, "Section:   {}", a.section.join(" > "))?;
    }
    for (label, value) in [
        ("By:", a.byline.as_deref()),
        ("Published:", a.published.as_deref()),
        ("Updated:", a.modified.as_deref()),
        ("Site:", a.site_name.as_deref()),
        ("URL:", a.url.as_deref()),
        ("Genre:", a.genre.as_deref()),
    ] {
        if let Some(v) = value {
            writeln!(out, "{label:<10} {v}")?;
        }
    }
    for (label, c) in std::iter::once(("Captured:", &a.capture))
        .chain(a.earlier_captures.iter().map(|c| ("Earlier:", c)))
    {
        writeln!(
            out,
            "{label:<10} {} ({}, sha256 {}, capture {})",
            c.captured_at,
            c.source_name.as_deref().unwrap_or(c.kind.as_str()),
            c.sha256,
            c.id
        )?;
    }
    if let Some(s) = &a.standfirst {
        writeln!(out, "\n{s}")?;
    }
    for p in &a.photos {
        writeln!(
            out,
            "\n[Photo] {}{}",
            p.caption.as_deref().unwrap_or(""),
            p.credit
                .as_deref()
                .map(|c| format!(" (Credit: {c})"))
                .unwrap_or_default()
        )?;
    }
    writeln!(out, "\n{}", a.text)?;
    for r in &a.related {
        writeln!(
            out,
            "\nRelated: {}{}",
            r.title,
            r.url
                .as_deref()
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default()
        )?;
    }
    Ok(())
}
