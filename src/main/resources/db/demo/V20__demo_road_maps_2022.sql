-- Road maps of «500+ 2022» in the Baley district: the municipal road map from seed 004's table
-- (приказ КО от 23.03.2022 № 91) and the school road maps of both participants.
insert into road_map (kind, programme_year_id, municipality_id, school_id, created_by, created_at, last_activity_at)
select 'MUNICIPAL', p.id, p.municipality_id, null, 'coordinator', timestamptz '2022-03-23 10:00+03', timestamptz '2022-12-20 12:00+03'
from programme_year p where p.title = '500+ 2022';

insert into road_map_section (road_map_id, position, title)
select m.id, s.position, s.title from road_map m join programme_year p on p.id = m.programme_year_id,
(values (1, 'Подготовительный этап'), (2, 'Практический этап'), (3, 'Этап обобщения')) as s(position, title)
where p.title = '500+ 2022' and m.school_id is null;

insert into road_map_item (road_map_id, section_id, position, action, due_date, due_text, responsible, indicator, status, done_mark, updated_at, updated_by)
select m.id, s.id, r.position, r.action, r.due_date, r.due_text, r.responsible, r.indicator, 'DONE', r.done_mark,
       timestamptz '2022-12-20 12:00+03', 'coordinator'
from road_map m join programme_year p on p.id = m.programme_year_id
join road_map_section s on s.road_map_id = m.id,
(values
  (1, 1, 'Назначение муниципального координатора.', null::date, 'Декабрь', 'Комитет образования', 'Назначен муниципальный координатор проекта', 'Приказ КО'),
  (1, 2, 'Собеседование с руководителями школ проекта «500+» по формированию дорожной карты; комплекса мероприятий поддержки образовательных организаций.', null, 'Январь', 'Муниципальный координатор', 'Проведено собеседование с руководителями общеобразовательных организаций-участников проекта «500+»', 'Проведено'),
  (1, 3, 'Анкетирование участников образовательных отношений школ-участников проекта «500+» для определения рисковых профилей', null, 'Январь–февраль', 'Руководители ОО', 'На сайте ФИОКО прошли анкетирование (руководители, педагоги, обучающиеся, родители)', 'Анкетирование пройдено'),
  (1, 4, 'Участие в региональном установочном вебинаре для школ-участников проекта', date '2022-01-17', null, 'Руководители ОО', 'Приняли участие 100% участников проекта', 'Участие 100%'),
  (1, 5, 'Участие в установочном вебинаре для муниципальных координаторов', date '2022-01-27', null, 'Муниципальный координатор', 'Приняли участие 100% участников проекта', 'Участие 100%'),
  (1, 6, 'Участие в установочном вебинаре для кураторов и школ-участников проекта', date '2022-01-28', null, 'Кураторы, руководители ОО', 'Приняли участие 100% участников проекта', 'Участие 100%'),
  (1, 7, 'Анкетирование кандидатов в кураторы (администрация МКОУ «СОШ № 14»)', null, '24.01–01.02.2022', 'Администрация МКОУ «СОШ № 14»', 'Анкеты заполнены кандидатами в кураторы', 'Анкеты заполнены'),
  (1, 8, 'Участие в вебинаре о первоочередных задачах участников проекта на февраль–март', date '2022-02-25', null, 'Кураторы, руководители ОО', 'Приняли участие 100% участников проекта', 'Участие 100%'),
  (2, 1, 'Организация сетевого взаимодействия с кураторами и школами-участниками проекта', null, 'В течение всего периода', 'Муниципальный координатор', 'Создана группа в телеграмм для организации сетевого взаимодействия', 'Группа создана'),
  (2, 2, 'Разработка муниципальной дорожной карты методической помощи общеобразовательным организациям с низкими образовательными результатами обучающихся и дорожных карт школ-участников проекта', null, 'Март', 'Комитет образования', 'Разработана дорожная карта', 'Приказ КО от 23.03.2022 № 91'),
  (2, 3, 'Разработка и размещение концептуальных документов школами-участниками проекта. Взаимодействие с региональными кураторами', null, 'До 30 апреля', 'Руководители ОО, кураторы', 'Школы-участники проекта разместили концептуальные документы: Концепцию развития, дорожную карту в ИС МЭДК.', 'Документы размещены в ИС МЭДК'),
  (3, 1, 'Подведение итогов реализации проекта в муниципалитете', null, 'Декабрь', 'Муниципальный координатор', 'Проведено итоговое совещание рабочей группы', 'Совещание проведено')
) as r(section, position, action, due_date, due_text, responsible, indicator, done_mark)
where p.title = '500+ 2022' and m.school_id is null and s.position = r.section;

-- School road maps: a section per chosen risk factor.
insert into road_map (kind, programme_year_id, municipality_id, school_id, created_by, created_at, last_activity_at)
select 'SCHOOL', p.id, p.municipality_id, s.id, 'curator', timestamptz '2022-04-20 10:00+03', timestamptz '2022-11-28 15:00+03'
from programme_year p join programme_participant pp on pp.programme_year_id = p.id join school s on s.id = pp.school_id
where p.title = '500+ 2022';

insert into road_map_section (road_map_id, position, title, risk_factor_id, goal, tasks, rag, rag_explanation, reviewed_at, reviewed_by, next_review_on)
select m.id, f.number, f.number || '. ' || f.name, f.id,
       'Снизить влияние фактора риска «' || f.name || '» к концу 2022 года',
       'Провести диагностику дефицитов' || chr(10) || 'Организовать работу с участниками' || chr(10) || 'Оценить результат',
       case when f.number = 3 then 'GREEN' end,
       case when f.number = 3 then 'Мероприятия идут по плану, курсы пройдены.' end,
       case when f.number = 3 then timestamptz '2022-10-15 12:00+03' end,
       case when f.number = 3 then 'curator' end,
       case when f.number = 3 then date '2022-12-15' end
from road_map m join programme_year p on p.id = m.programme_year_id
join risk_factor_choice c on c.programme_year_id = p.id and c.school_id = m.school_id
join risk_factor f on f.id = c.risk_factor_id
where p.title = '500+ 2022' and m.school_id is not null;

insert into road_map_item (road_map_id, section_id, position, task, action, due_date, due_text, responsible, participants, indicator, expected_result, status, postpone_reason, updated_at, updated_by)
select sec.road_map_id, sec.id, r.position, r.task, r.action, r.due_date, r.due_text, r.responsible, r.participants, r.indicator, r.expected, r.status, r.reason,
       timestamptz '2022-11-28 15:00+03', 'school'
from road_map_section sec join risk_factor f on f.id = sec.risk_factor_id,
(values
  (1, 'Провести диагностику дефицитов', 'Диагностика профессиональных дефицитов педагогов', date '2022-05-20', null::text, 'Заместитель директора по УВР', 'Педагоги школы', 'Доля педагогов, прошедших диагностику', '100% педагогов прошли диагностику', 'DONE', null::text),
  (2, 'Организовать работу с участниками', 'Разработка индивидуальных образовательных маршрутов (ИОМ)', date '2022-09-30', null, 'Руководители ШМО', 'Педагоги группы риска', 'Доля педагогов с ИОМ', 'ИОМ у всех педагогов группы риска', 'IN_PROGRESS', null),
  (3, 'Организовать работу с участниками', 'Взаимопосещение уроков с наставниками школы-куратора', null, 'В течение всего периода', 'Куратор', 'Педагоги, наставники', 'Количество посещённых уроков', 'Не менее 2 уроков в четверть', 'IN_PROGRESS', null),
  (4, 'Оценить результат', 'Промежуточный мониторинг результатов', date '2022-12-20', null, 'Директор', 'Администрация', 'Отчёт о мониторинге', 'Отчёт размещён в ИС МЭДК', 'POSTPONED', 'Перенесено на декабрь из-за карантина')
) as r(position, task, action, due_date, due_text, responsible, participants, indicator, expected, status, reason)
join road_map m on true
where m.id = sec.road_map_id and m.school_id is not null;

insert into road_map_comment (item_id, author, body, created_at)
select i.id, 'curator', 'Прошу приложить протокол диагностики.', timestamptz '2022-05-21 10:00+03'
from road_map_item i join road_map m on m.id = i.road_map_id
where m.school_id is not null and i.position = 1;
