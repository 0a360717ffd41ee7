"""Network mentoring, suggested pairs: explanations of the pair score (ru.opora.network.PairingScore)
and the solver's notes. Arguments are documented in PairingScore's Javadoc."""
# No apostrophes in texts with arguments: MessageFormat would eat them.
M = [
# risk factors: {0} covered, {1} weak factors of the mentee, {2} names of the covered ones
("network.pairing.factors", "Закрывает факторы риска: {0} из {1} ({2})", "Covers risk factors: {0} of {1} ({2})"),
("network.pairing.factors.zero", "Не закрывает факторы риска наставляемой школы: 0 из {0} ({1})", "Covers none of the risk factors of the mentee school: 0 of {0} ({1})"),
("network.pairing.factors.none", "У наставляемой школы нет выбранных факторов риска и факторов высокой значимости", "The mentee school has no chosen or high-significance risk factors"),
# subjects: {0} strong for the mentor, {1} weak for the mentee, {2} the subjects
("network.pairing.subjects", "Сильные предметы наставника там, где у наставляемой школы много «2»: {0} из {1} ({2})", "The mentor is strong where the mentee has many fails: {0} of {1} ({2})"),
("network.pairing.subjects.zero", "Слабые предметы наставляемой школы не сильные у наставника: 0 из {0} ({1})", "None of the weak subjects of the mentee school is strong for the mentor: 0 of {0} ({1})"),
("network.pairing.subjects.none", "У наставляемой школы нет предметов с долей «2» от {0} %", "The mentee school has no subject with {0} % or more fails"),
# distance
("network.pairing.distance.coordinates", "Расстояние между школами {0} км (по координатам)", "{0} km between the schools (by coordinates)"),
("network.pairing.distance.centre", "Расстояние около {0} км через районный центр ({1} + {2} км; координат нет)", "About {0} km via the district centre ({1} + {2} km; no coordinates)"),
("network.pairing.distance.unknown", "Расстояние неизвестно (нет координат и удалённости от районного центра): нейтральный балл", "Distance unknown (no coordinates, no distance to the district centre): neutral points"),
# school type and size
("network.pairing.type.same", "Один тип школы", "Same type of school"),
("network.pairing.type.different", "Разные типы школ", "Different types of school"),
("network.pairing.type.unknown", "Тип школы не указан", "School type not given"),
("network.pairing.size.similar", "Сопоставимый размер: {0} и {1} обучающихся", "Similar size: {0} and {1} students"),
("network.pairing.size.different", "Разный размер: {0} и {1} обучающихся", "Different size: {0} and {1} students"),
("network.pairing.size.unknown", "Число обучающихся неизвестно", "Number of students unknown"),
# the solver's notes
("network.pairing.points", "{0} из {1}", "{0} of {1}"),
("network.pairing.locked", "Пара закреплена координатором", "Pair locked by the coordinator"),
("network.pairing.unassigned", "Нет наставника со свободным местом (с учётом исключений)", "No mentor with a free place (exclusions considered)"),
("network.pairing.ignoredLock", "Закрепление не учтено: пара или школа исключена, у наставника нет мест или школа уже закреплена за другим наставником", "Lock not kept: the pair or a school is excluded, the mentor has no free place, or the mentee is already locked to another mentor"),
("network.pairing.objective", "Подбор назначает как можно больше наставляемых школ, а среди таких вариантов выбирает наибольшую сумму баллов.", "The suggestion assigns as many mentee schools as possible and, among those options, takes the highest total score."),
]
