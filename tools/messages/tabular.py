"""Tabular import (ru.opora.tabular): the report every import shows, the problems of cells and headers, unreadable files."""
M = [
# the report (templates/tabular/report.html)
("tabular.report.nothingImported", "Найдено ошибок: {0}. Ничего не загружено — исправьте файл и загрузите его снова.", "Problems found: {0}. Nothing was imported: correct the file and upload it again."),
("tabular.report.row", "Строка", "Row"),
("tabular.report.column", "Столбец", "Column"),
("tabular.report.problem", "Что не так", "Problem"),
("tabular.report.truncated", "Показаны первые {0} из {1}.", "The first {0} of {1} are shown."),
# cells and headers
("tabular.problem.required", "Не заполнено.", "Empty."),
("tabular.problem.tooLong", "Длиннее {0} символов.", "Longer than {0} characters."),
("tabular.problem.notInteger", "«{0}» — не целое число.", "«{0}» is not a whole number."),
("tabular.problem.notNumber", "«{0}» — не число.", "«{0}» is not a number."),
("tabular.problem.range", "Должно быть от {0} до {1}.", "Must be from {0} to {1}."),
("tabular.problem.share", "Доля «{0}» — должна быть от 0 до 100 %.", "Share «{0}» must be from 0 to 100 %."),
("tabular.problem.unknownColumn", "Неизвестный столбец. Сверьте заголовки с шаблоном.", "Unknown column. Compare the headers with the template."),
("tabular.problem.duplicateColumn", "Столбец указан дважды.", "The column appears twice."),
("tabular.problem.missingColumn", "Нет обязательного столбца.", "A required column is missing."),
("tabular.problem.noRows", "В файле нет строк с данными.", "The file has no data rows."),
("tabular.problem.notDate", "«{0}» — не дата: ожидается дд.мм.гггг.", "«{0}» is not a date: dd.mm.yyyy expected."),
("tabular.problem.impossibleDate", "«{0}» — такой даты нет.", "«{0}»: no such date."),
# the file as a whole
("tabular.file.empty", "Файл пустой.", "The file is empty."),
("tabular.file.xls", "Файл в старом формате XLS. Сохраните его как XLSX («Книга Excel») или CSV.", "The file is in the old XLS format. Save it as XLSX or CSV."),
("tabular.file.notTable", "Файл не распознан как таблица XLSX или CSV.", "The file is not an XLSX or CSV table."),
("tabular.file.encoding", "Не удалось прочитать текст файла: сохраните CSV в кодировке UTF-8.", "The file text could not be read: save the CSV as UTF-8."),
("tabular.file.notXlsx", "Это не файл XLSX (или он повреждён). Сохраните таблицу в формате Excel .xlsx.", "This is not an XLSX file (or it is damaged). Save the table as Excel .xlsx."),
]
