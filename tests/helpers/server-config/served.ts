/**
 * What a server configuration says about one response, as the readers in this folder work it
 * out from the file alone. Written apart from src/lib/security/ (which writes the files), so a
 * mistake in the writer is not repeated here: each reader follows the server's documented rules.
 */
export interface Served {
  /** Response headers by lower-case name. */
  headers: Map<string, string>;
  /** The content type the configuration gives the file, if it gives one. */
  contentType?: string | undefined;
}
