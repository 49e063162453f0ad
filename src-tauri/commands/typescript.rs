//! Generates `ui/src/api/bindings/commands.ts`: the command table (names, argument and
//! result types) the UI's typed `call` is checked against. Types come from ts-rs, so a
//! change on the Rust side changes the file, and `scripts/test` fails while it is stale.

use cuttings_core::capture::batch::{BatchProgress, BatchReport};
use cuttings_core::model::{
    Article, ArticlePage, Facets, ImportOutcome, LibraryInfo, ListQuery, PhotoDownloads, PhotoPage,
};

use super::{PickKind, SavedOriginal};
use crate::error::CommandError;
use crate::startup::UiMark;
use ts_rs::{Config, TS};

/// One row: command name, arguments (name, TS type), result TS type, types to import.
type Row = (&'static str, Vec<(&'static str, String)>, String);

fn name<T: TS>(cfg: &Config) -> String {
    T::name(cfg)
}

/// The TypeScript text of the command table.
pub fn command_table() -> String {
    let cfg = Config::from_env();
    let rows: Vec<Row> = vec![
        ("library_info", vec![], name::<LibraryInfo>(&cfg)),
        (
            "list_articles",
            vec![
                ("query", name::<ListQuery>(&cfg)),
                ("after", name::<Option<String>>(&cfg)),
                ("limit", name::<u32>(&cfg)),
            ],
            name::<ArticlePage>(&cfg),
        ),
        (
            "list_articles_before",
            vec![
                ("query", name::<ListQuery>(&cfg)),
                ("before", name::<Option<String>>(&cfg)),
                ("limit", name::<u32>(&cfg)),
            ],
            name::<ArticlePage>(&cfg),
        ),
        (
            "get_facets",
            vec![("query", name::<ListQuery>(&cfg))],
            name::<Facets>(&cfg),
        ),
        (
            "list_photos",
            vec![
                ("query", name::<ListQuery>(&cfg)),
                ("after", name::<Option<String>>(&cfg)),
                ("limit", name::<u32>(&cfg)),
            ],
            name::<PhotoPage>(&cfg),
        ),
        (
            "get_article",
            vec![("id", name::<i64>(&cfg))],
            name::<Article>(&cfg),
        ),
        (
            "import_text",
            vec![
                ("text", name::<String>(&cfg)),
                ("html", name::<Option<String>>(&cfg)),
            ],
            name::<ImportOutcome>(&cfg),
        ),
        (
            "import_url",
            vec![("url", name::<String>(&cfg))],
            name::<ImportOutcome>(&cfg),
        ),
        (
            "download_missing_photos",
            vec![("articleId", name::<i64>(&cfg))],
            name::<PhotoDownloads>(&cfg),
        ),
        (
            "choose_and_import",
            vec![("kind", name::<PickKind>(&cfg))],
            "null".to_string(),
        ),
        (
            "import_links",
            vec![("urls", format!("{}[]", name::<String>(&cfg)))],
            "null".to_string(),
        ),
        ("cancel_import", vec![], name::<bool>(&cfg)),
        (
            "open_link",
            vec![("url", name::<String>(&cfg))],
            "null".to_string(),
        ),
        (
            "save_original",
            vec![("captureId", name::<i64>(&cfg))],
            format!("{} | null", name::<SavedOriginal>(&cfg)),
        ),
        (
            "report_ready",
            vec![("marks", format!("{}[] | null", name::<UiMark>(&cfg)))],
            "null".to_string(),
        ),
    ];
    let events = [
        (crate::jobs::PROGRESS_EVENT, name::<BatchProgress>(&cfg)),
        (crate::jobs::FINISHED_EVENT, name::<BatchReport>(&cfg)),
        (crate::jobs::FAILED_EVENT, name::<CommandError>(&cfg)),
    ];
    let imports = [
        "Article",
        "ArticlePage",
        "BatchProgress",
        "BatchReport",
        "CommandError",
        "ImportOutcome",
        "Facets",
        "LibraryInfo",
        "ListQuery",
        "PhotoDownloads",
        "PhotoPage",
        "PickKind",
        "SavedOriginal",
        "UiMark",
    ];
    let mut out = String::from(
        "// Generated from src-tauri/commands/typescript.rs by `cargo test`. Do not edit.\n",
    );
    for t in imports {
        out.push_str(&format!("import type {{ {t} }} from \"./{t}\";\n"));
    }
    out.push_str(
        "\n/** Every command: its arguments and result. `import_file` takes raw bytes and is\n * typed in `api/index.ts`. */\nexport type Commands = {\n",
    );
    for (command, args, result) in rows {
        let args = if args.is_empty() {
            "Record<string, never>".to_string()
        } else {
            let fields: Vec<String> = args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!(
            "  {command}: {{ args: {args}; result: {result} }};\n"
        ));
    }
    out.push_str(
        "};\n\n/** Events the backend emits, with their payloads. */\nexport type Events = {\n",
    );
    for (event, payload) in events {
        out.push_str(&format!("  \"{event}\": {payload};\n"));
    }
    out.push_str("};\n\n/** Header naming the file sent to `import_file`. */\n");
    out.push_str(&format!(
        "export const FILE_NAME_HEADER = \"{}\";\n",
        super::FILE_NAME_HEADER
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes the table next to the ts-rs bindings (like ts-rs's own export tests).
    #[test]
    fn export_command_table() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").expect("set in .cargo/config.toml");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            std::path::Path::new(&dir).join("commands.ts"),
            command_table(),
        )
        .unwrap();
    }

    #[test]
    fn table_names_every_typed_command() {
        let table = command_table();
        for command in super::super::COMMANDS
            .iter()
            .filter(|c| **c != "import_file")
        {
            assert!(
                table.contains(&format!("  {command}: {{")),
                "{command} missing"
            );
        }
        assert!(table.contains("list_articles: { args: { query: ListQuery; after: string | null; limit: number }; result: ArticlePage }"), "{table}");
    }

    #[test]
    fn build_script_and_capability_list_every_command() {
        let build = include_str!("../build.rs");
        let capability = include_str!("../capabilities/main.json");
        for command in super::super::COMMANDS {
            assert!(
                build.contains(&format!("\"{command}\"")),
                "build.rs lacks {command}"
            );
            assert!(
                capability.contains(&format!("\"allow-{}\"", command.replace('_', "-"))),
                "capability lacks {command}"
            );
        }
    }
}
