-- What a school can do about each risk factor: shown next to a high or medium significance in the
-- risk profile (our own wording, following the 500+ methodology's directions).
alter table risk_factor add column recommendation varchar(500);
update risk_factor f set recommendation = r.text
from (values
  (1, 'Провести аудит материально-технической базы, включить оснащение в программу развития, использовать сетевые ресурсы школы-наставника.'),
  (2, 'Спланировать привлечение и закрепление кадров: целевое обучение, наставничество молодых педагогов, сетевые формы и совместительство.'),
  (3, 'Выявить профессиональные дефициты педагогов, построить индивидуальные образовательные маршруты, организовать взаимопосещение уроков.'),
  (4, 'Ввести дифференциацию обучения и индивидуальные учебные планы, адаптировать программы и воспитательную работу к особенностям обучающихся.'),
  (5, 'Создать внутришкольную систему повышения квалификации: методические объединения, команды педагогов, обмен практиками.'),
  (6, 'Организовать поддержку обучающихся с неродным русским языком: языковая адаптация, дополнительные занятия, работа с семьями.'),
  (7, 'Оценить школьный климат, выработать общие правила, развивать ученическое самоуправление и безопасную образовательную среду.'),
  (8, 'Организовать раннее выявление трудностей в учёбе, адресные консультации и систему поддержки неуспевающих обучающихся.'),
  (9, 'Вовлекать родителей: открытые уроки, совместные мероприятия, регулярная обратная связь об успехах детей.'),
  (10, 'Развивать учебную мотивацию: проектная и исследовательская деятельность, профориентация, внеурочные и дополнительные занятия.')
) as r(number, text)
where f.number = r.number;

-- A participant's risk profile in a programme year: the significance of each risk factor, as the federal
-- survey delivered it (imported) or as the portal's questionnaires computed it. The school and its
-- curator each confirm it; a change by the curator needs a written reason and clears both confirmations.
create table risk_profile (
    id                   bigserial    primary key,
    programme_year_id    bigint       not null references programme_year (id) on delete cascade,
    school_id            bigint       not null references school (id),
    source               varchar(10)  not null check (source in ('IMPORT', 'SURVEY')),
    source_note          varchar(500),
    created_by           varchar(60),
    created_at           timestamptz  not null default now(),
    school_confirmed_by  varchar(60),
    school_confirmed_at  timestamptz,
    curator_confirmed_by varchar(60),
    curator_confirmed_at timestamptz,
    version              bigint       not null default 0,
    unique (programme_year_id, school_id)
);
create index risk_profile_school_idx on risk_profile (school_id);

create table risk_profile_factor (
    profile_id          bigint       not null references risk_profile (id) on delete cascade,
    risk_factor_id      bigint       not null references risk_factor (id),
    significance        varchar(10)  not null check (significance in ('HIGH', 'MEDIUM', 'LOW', 'NO_DATA')),
    source_significance varchar(10)  not null check (source_significance in ('HIGH', 'MEDIUM', 'LOW', 'NO_DATA')),
    score               numeric(5,3),
    explanation         text,
    changed_by          varchar(60),
    changed_at          timestamptz,
    change_reason       text,
    primary key (profile_id, risk_factor_id),
    check ((changed_by is null) = (change_reason is null))
);
