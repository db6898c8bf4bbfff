/** Largest accepted upload: 25 MiB (the "25 MB" users are told, counted generously). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Limits on what a zip-based document (DOCX, XLSX, ODT, ODS) may unpack to. */
export type ZipLimits = {
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Most bytes all entries together may inflate to. */
  maxTotalUncompressedBytes: number;
  /** Largest inflated-to-compressed ratio of one entry, checked once it is past the grace size. */
  maxEntryRatio: number;
  /** Entries that inflate to no more than this are not held to the ratio (tiny XML parts compress very well). */
  ratioGraceBytes: number;
};

/**
 * Defaults: far above any real office document (a large DOCX has a few hundred entries and
 * unpacks to tens of MB), far below what would hurt the server. 100:1 is Apache POI's limit.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxEntryRatio: 100,
  ratioGraceBytes: 1024 * 1024,
};
