// Generated from src-tauri/commands/typescript.rs by `cargo test`. Do not edit.
import type { Article } from "./Article";
import type { ArticlePage } from "./ArticlePage";
import type { BatchProgress } from "./BatchProgress";
import type { BatchReport } from "./BatchReport";
import type { CommandError } from "./CommandError";
import type { ImportOutcome } from "./ImportOutcome";
import type { Facets } from "./Facets";
import type { LibraryInfo } from "./LibraryInfo";
import type { ListQuery } from "./ListQuery";
import type { PhotoDownloads } from "./PhotoDownloads";
import type { PhotoPage } from "./PhotoPage";
import type { PickKind } from "./PickKind";
import type { SavedOriginal } from "./SavedOriginal";
import type { UiMark } from "./UiMark";

/** Every command: its arguments and result. `import_file` takes raw bytes and is
 * typed in `api/index.ts`. */
export type Commands = {
  library_info: { args: Record<string, never>; result: LibraryInfo };
  list_articles: { args: { query: ListQuery; after: string | null; limit: number }; result: ArticlePage };
  list_articles_before: { args: { query: ListQuery; before: string | null; limit: number }; result: ArticlePage };
  get_facets: { args: { query: ListQuery }; result: Facets };
  list_photos: { args: { query: ListQuery; after: string | null; limit: number }; result: PhotoPage };
  get_article: { args: { id: number }; result: Article };
  import_text: { args: { text: string; html: string | null }; result: ImportOutcome };
  import_url: { args: { url: string }; result: ImportOutcome };
  download_missing_photos: { args: { articleId: number }; result: PhotoDownloads };
  choose_and_import: { args: { kind: PickKind }; result: null };
  import_links: { args: { urls: string[] }; result: null };
  cancel_import: { args: Record<string, never>; result: boolean };
  open_link: { args: { url: string }; result: null };
  save_original: { args: { captureId: number }; result: SavedOriginal | null };
  report_ready: { args: { marks: UiMark[] | null }; result: null };
};

/** Events the backend emits, with their payloads. */
export type Events = {
  "import-progress": BatchProgress;
  "import-finished": BatchReport;
  "import-failed": CommandError;
};

/** Header naming the file sent to `import_file`. */
export const FILE_NAME_HEADER = "x-cuttings-file-name";
