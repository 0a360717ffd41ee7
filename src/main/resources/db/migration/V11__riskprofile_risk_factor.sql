-- Risk factors of the 500+ methodology: reference data versioned by catalogue year (the programme
-- year whose list it is). The ten of the 2021–2022 methodology are seeded for 2022 and, as the
-- current list, for 2026; a region may add others (e.g. «Высокая доля обучающихся с ОВЗ»).
create table risk_factor (
    id             bigserial    primary key,
    catalogue_year integer      not null,
    number         integer      not null,
    name           varchar(300) not null,
    active         boolean      not null default true,
    unique (catalogue_year, number)
);

insert into risk_factor (catalogue_year, number, name)
select y.year, f.number, f.name
from (values (2022), (2026)) as y(year),
(values
  (1, 'Низкий уровень оснащения школы'),
  (2, 'Дефицит педагогических кадров'),
  (3, 'Недостаточная предметная и методическая компетентность педагогических работников'),
  (4, 'Риски низкой адаптивности учебного и воспитательного процесса'),
  (5, 'Несформированность внутришкольной системы повышения квалификации'),
  (6, 'Низкое качество преодоления языковых и культурных барьеров'),
  (7, 'Пониженный уровень качества школьной образовательной и воспитательной среды'),
  (8, 'Высокая доля обучающихся с рисками учебной неуспешности'),
  (9, 'Низкий уровень вовлеченности родителей'),
  (10, 'Низкая учебная мотивация обучающихся')
) as f(number, name);

-- The factors a participant school works on in a programme year (usually up to three).
create table risk_factor_choice (
    programme_year_id bigint      not null references programme_year (id) on delete cascade,
    school_id         bigint      not null references school (id),
    risk_factor_id    bigint      not null references risk_factor (id),
    chosen_by         varchar(60),
    chosen_at         timestamptz not null default now(),
    primary key (programme_year_id, school_id, risk_factor_id)
);
create index risk_factor_choice_school_idx on risk_factor_choice (school_id);
