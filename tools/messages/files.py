"""Uploads."""
M = [
("files.rejected.empty", "Файл пустой.", "The file is empty."),
("files.rejected.tooLarge", "Файл больше {0} МБ.", "The file is larger than {0} MB."),
("files.rejected.type", "Такой файл не принимается: загрузите PDF, DOCX, XLSX, ODT или ODS.", "This file is not accepted: upload a PDF, DOCX, XLSX, ODT or ODS file."),
("files.rejected.extension", "Расширение имени файла не соответствует содержимому: ожидается {0}.", "The file name extension does not match its content: {0} expected."),
("files.rejected.noName", "У файла нет имени.", "The file has no name."),
("files.rejected.nameTooLong", "Имя файла длиннее {0} символов. Сократите его.", "The file name is longer than {0} characters. Please shorten it."),
("files.rejected.badName", "Имя файла не должно содержать «/», «\\», «..» и служебные символы.", "The file name must not contain «/», «\\», «..» or control characters."),
("files.corrupted", "Файл повреждён или недоступен. Сообщите администратору.", "The file is damaged or unavailable. Please tell the administrator."),
("error.notFound.file", "Файл не найден.", "File not found."),
]
