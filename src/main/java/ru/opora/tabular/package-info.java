/**
 * Tabular import: the one component every file import of the portal reads its tables with
 * (analysis results and social passports, risk profiles, teachers and their diagnostics,
 * the municipal road map).
 * <p>
 * Published API: {@link ru.opora.tabular.TabularReader} (XLSX through POI's streaming SAX
 * reader, never the whole workbook in memory; CSV through commons-csv, UTF-8 or
 * Windows-1251, «;», «,» or tab), {@link ru.opora.tabular.TabularImport} (header row →
 * columns by title, blank rows skipped, one {@link ru.opora.tabular.Cells} per data row),
 * {@link ru.opora.tabular.ImportColumn}, {@link ru.opora.tabular.ColumnMapping},
 * {@link ru.opora.tabular.CellValues} (numbers, dates dd.mm.yyyy), the report
 * ({@link ru.opora.tabular.ImportProblem}, {@link ru.opora.tabular.ImportProblems},
 * {@link ru.opora.tabular.ImportReport}, shown by {@code templates/tabular/report.html})
 * and the shared file-format vocabulary {@link ru.opora.tabular.FileVocabulary}. It
 * depends on no other module; the domain of each file stays in its module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tabular import", allowedDependencies = {})
package ru.opora.tabular;
