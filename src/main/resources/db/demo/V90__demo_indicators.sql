-- Project indicators (issue 10): targets for both checkpoints of «500+ 2026» (Балейский район) and
-- «Сетевое наставничество 2025/2026» (Гатчинский муниципальный район), the hand-entered values with comments,
-- and a few indicators shown publicly.
with periods as (
    select p.id as programme_year_id, p.municipality_id, m.name as municipality, c.checkpoint
    from programme_year p join municipality m on m.id = p.municipality_id
    cross join (values ('MIDYEAR'), ('FINAL')) as c(checkpoint)
    where (m.name = 'Балейский район' and p.title = '500+ 2026')
       or (m.name = 'Гатчинский муниципальный район' and p.title = 'Сетевое наставничество 2025/2026')
), targets (code, midyear, final) as (
    values ('1', 1, 1), ('2', 50, 100), ('3', 80, 100), ('4.1', 30, 25), ('4.2', 50, 45), ('4.3', 10, 15),
           ('5', 3, 6), ('6', 10, 15), ('7', 40, 70), ('8', 30, 60), ('9', 40, 80), ('10', 30, 60), ('11', 1, 1),
           ('12', 20, 40), ('13', 30, 50), ('14', 55, 65), ('15', 30, 20)
)
insert into indicator_entry (municipality_id, programme_year_id, checkpoint, code, target, updated_by, updated_at)
select p.municipality_id, p.programme_year_id, p.checkpoint, t.code,
       case when p.checkpoint = 'MIDYEAR' then t.midyear else t.final end,
       case when p.municipality = 'Балейский район' then 'coordinator' else 'gatchina' end,
       case when p.checkpoint = 'MIDYEAR' then timestamptz '2026-01-20 10:00+03' else timestamptz '2026-07-02 10:00+03' end
from periods p cross join targets t;

-- the hand-entered values: (municipality, checkpoint, code, value, comment)
with manual (municipality, checkpoint, code, value, comment) as (
    values
    ('Балейский район', 'MIDYEAR', '1', 1, 'Муниципальный образовательный центр создан приказом комитета образования от 15.01.2026 № 4.'),
    ('Балейский район', 'MIDYEAR', '5', 2, 'Программы управления качеством утверждены в СОШ № 14 и Жидкинской ООШ (по отчётам школ на 30.06.2026).'),
    ('Балейский район', 'MIDYEAR', '6', 8.5, 'По итогам ВПР весна 2026: доля обучающихся с отметками «4» и «5» по всем предметам.'),
    ('Балейский район', 'MIDYEAR', '13', 28.6, '4 из 14 школ участвуют в региональных конкурсах «Школа года» и «Цифровая школа».'),
    ('Балейский район', 'MIDYEAR', '14', 52, 'Данные навигатора дополнительного образования Забайкальского края на 30.06.2026.'),
    ('Балейский район', 'FINAL', '1', 1, 'Центр работает: план на 2027 год утверждён 10.11.2026.'),
    ('Балейский район', 'FINAL', '5', 4, 'Добавились Ундино-Посельская СОШ и СОШ № 1 (справка комитета образования).'),
    ('Балейский район', 'FINAL', '13', 35.7, '5 из 14 школ: добавилась Ундино-Посельская СОШ (муниципальный конкурс «Учитель года»).'),
    ('Гатчинский муниципальный район', 'MIDYEAR', '1', 1, 'Функции муниципального центра выполняет Информационно-методический центр.'),
    ('Гатчинский муниципальный район', 'MIDYEAR', '5', 5, 'Программы управления качеством у 5 школ-наставников (мониторинг ИМЦ, май 2026).'),
    ('Гатчинский муниципальный район', 'MIDYEAR', '6', 12.3, 'Результаты ОГЭ 2026: доля выпускников с отметками «4» и «5».'),
    ('Гатчинский муниципальный район', 'MIDYEAR', '13', 44.4, '8 из 18 школ сети участвовали в конкурсах и проектах (Дни образовательных интенсивов).'),
    ('Гатчинский муниципальный район', 'MIDYEAR', '14', 61, 'Навигатор дополнительного образования Ленинградской области на 30.06.2026.'),
    ('Гатчинский муниципальный район', 'FINAL', '1', 1, 'ИМЦ продолжает работу как муниципальный центр.'),
    ('Гатчинский муниципальный район', 'FINAL', '13', 50, '9 из 18 школ сети (отчёт ИМЦ за 2026 год).')
)
update indicator_entry e set value = m.value, comment = m.comment
from manual m, programme_year p, municipality mu
where p.id = e.programme_year_id and mu.id = p.municipality_id and mu.name = m.municipality
  and e.checkpoint = m.checkpoint and e.code = m.code
  and p.title in ('500+ 2026', 'Сетевое наставничество 2025/2026');

insert into indicator_public (municipality_id, code, set_by)
select m.id, c.code, case when m.name = 'Балейский район' then 'coordinator' else 'gatchina' end
from municipality m cross join (values ('1'), ('2'), ('3'), ('8'), ('14')) as c(code)
where m.name in ('Балейский район', 'Гатчинский муниципальный район');
