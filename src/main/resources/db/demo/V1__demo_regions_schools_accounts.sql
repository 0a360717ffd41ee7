-- Demo data, loaded only with the embedded default (opora.demo.enabled=true).
-- School names of the Baley district come from seed 004 where it names them (Жидкинская ООШ,
-- Ундино-Посельская СОШ, СОШ № 14); the other eleven are illustrative, built from the
-- district's settlements. Gatchina's 18 schools are the ones seed 002 names.
-- Figures (students, teachers, distances) and all people are fictional. Password of every
-- demo account: demo.

insert into region (name) values ('Забайкальский край'), ('Ленинградская область');

insert into municipality (region_id, name)
select id, 'Балейский район' from region where name = 'Забайкальский край';
insert into municipality (region_id, name)
select id, 'Гатчинский муниципальный район' from region where name = 'Ленинградская область';

insert into school (municipality_id, name, short_name, type, address, settlement, distance_km, students, teachers,
                    small_school, principal_name, phone, email)
select m.id, s.name, s.short_name, s.type, s.address, s.settlement, s.distance_km, s.students, s.teachers,
       s.small_school, s.principal_name, s.phone, s.email
from municipality m,
(values
  ('МКОУ «СОШ № 14» г. Балей', 'СОШ № 14', 'SOSH', 'г. Балей, ул. Советская, 12', 'URBAN', 0, 612, 44, false, 'Белова Ирина Сергеевна', '+7 30232 5-14-14', 'sosh14@example.org'),
  ('МКОУ «Жидкинская ООШ»', 'Жидкинская ООШ', 'OOSH', 'с. Жидка, ул. Школьная, 1', 'RURAL', 50, 46, 11, true, 'Григорьева Наталья Ивановна', '+7 30232 9-11-21', 'zhidka@example.org'),
  ('МКОУ «Ундино-Посельская СОШ»', 'Ундино-Посельская СОШ', 'SOSH', 'с. Ундино-Поселье, ул. Центральная, 5', 'RURAL', 50, 118, 17, false, 'Попов Сергей Николаевич', '+7 30232 9-21-05', 'undino@example.org'),
  ('МКОУ «СОШ № 1» г. Балей', 'СОШ № 1', 'SOSH', 'г. Балей, ул. Ленина, 3', 'URBAN', 0, 540, 39, false, 'Морозова Татьяна Алексеевна', '+7 30232 5-10-01', 'sosh1@example.org'),
  ('МКОУ «СОШ № 3» г. Балей', 'СОШ № 3', 'SOSH', 'г. Балей, ул. Горького, 20', 'URBAN', 0, 455, 33, false, 'Васильев Игорь Петрович', '+7 30232 5-10-03', 'sosh3@example.org'),
  ('МКОУ «СОШ № 5» г. Балей', 'СОШ № 5', 'SOSH', 'г. Балей, ул. Кирова, 7', 'URBAN', 0, 387, 30, false, 'Лебедева Анна Викторовна', '+7 30232 5-10-05', 'sosh5@example.org'),
  ('МКОУ «Ундинская СОШ»', 'Ундинская СОШ', 'SOSH', 'с. Унда, ул. Школьная, 2', 'RURAL', 28, 164, 19, false, 'Кузьмина Ольга Андреевна', '+7 30232 9-31-02', 'unda@example.org'),
  ('МКОУ «Подойницынская СОШ»', 'Подойницынская СОШ', 'SOSH', 'с. Подойницыно, ул. Нагорная, 9', 'RURAL', 22, 131, 16, false, 'Новиков Павел Андреевич', '+7 30232 9-41-09', 'podoinitsyno@example.org'),
  ('МКОУ «Нижнегирюнинская СОШ»', 'Нижнегирюнинская СОШ', 'SOSH', 'с. Нижнее Гирюнино, ул. Школьная, 4', 'RURAL', 35, 97, 15, false, 'Орлова Светлана Юрьевна', '+7 30232 9-51-04', 'girunino@example.org'),
  ('МКОУ «Ильинская СОШ»', 'Ильинская СОШ', 'SOSH', 'с. Ильинка, ул. Центральная, 14', 'RURAL', 41, 88, 14, false, 'Фёдоров Алексей Викторович', '+7 30232 9-61-14', 'ilinka@example.org'),
  ('МКОУ «Сарбактуйская ООШ»', 'Сарбактуйская ООШ', 'OOSH', 'с. Сарбактуй, ул. Школьная, 3', 'RURAL', 47, 39, 10, true, 'Егорова Людмила Павловна', '+7 30232 9-71-03', 'sarbaktui@example.org'),
  ('МКОУ «Алиинская ООШ»', 'Алиинская ООШ', 'OOSH', 'с. Алия, ул. Набережная, 1', 'RURAL', 63, 31, 9, true, 'Степанов Виктор Иванович', '+7 30232 9-81-01', 'aliya@example.org'),
  ('МКОУ «Казаковская СОШ»', 'Казаковская СОШ', 'SOSH', 'с. Казаковский Промысел, ул. Мира, 6', 'RURAL', 18, 142, 18, false, 'Захарова Елена Михайловна', '+7 30232 9-91-06', 'kazakovo@example.org'),
  ('МКОУ «Матусовская НОШ»', 'Матусовская НОШ', 'NOSH', 'с. Матусово, ул. Луговая, 2', 'RURAL', 38, 17, 4, true, 'Яковлева Галина Петровна', '+7 30232 9-95-02', 'matusovo@example.org')
) as s(name, short_name, type, address, settlement, distance_km, students, teachers, small_school, principal_name, phone, email)
where m.name = 'Балейский район';

insert into school (municipality_id, name, short_name, type, address, settlement, distance_km, students, teachers,
                    small_school, principal_name, phone, email)
select m.id, s.name, s.short_name, s.type, s.address, s.settlement, s.distance_km, s.students, s.teachers,
       s.small_school, s.principal_name, s.phone, s.email
from municipality m,
(values
  ('МБОУ «Сиверская ООШ»', 'Сиверская ООШ', 'OOSH', 'пгт Сиверский', 'RURAL', 35, 212, 21, false, 'Иванова Мария Сергеевна', null, null),
  ('МБОУ «Сусанинская СОШ»', 'Сусанинская СОШ', 'SOSH', 'пос. Сусанино', 'RURAL', 17, 398, 32, false, 'Петров Олег Валерьевич', null, null),
  ('МБОУ «Дружногорская СОШ»', 'Дружногорская СОШ', 'SOSH', 'пгт Дружная Горка', 'RURAL', 40, 356, 29, false, 'Соловьёва Ирина Олеговна', null, null),
  ('МБОУ «Никольская ООШ»', 'Никольская ООШ', 'OOSH', 'с. Никольское', 'RURAL', 30, 120, 14, false, 'Тихонова Вера Андреевна', null, null),
  ('МБОУ «Кобраловская ООШ»', 'Кобраловская ООШ', 'OOSH', 'пос. Кобралово', 'RURAL', 12, 240, 22, false, 'Романов Денис Игоревич', null, null),
  ('МБОУ «Елизаветинская СОШ»', 'Елизаветинская СОШ', 'SOSH', 'пос. Елизаветино', 'RURAL', 22, 410, 34, false, 'Гусева Надежда Львовна', null, null),
  ('МБОУ «Коммунарская СОШ №1»', 'Коммунарская СОШ № 1', 'SOSH', 'г. Коммунар', 'URBAN', 12, 720, 51, false, 'Киселёв Антон Юрьевич', null, null),
  ('МБОУ «Гатчинская СОШ № 11»', 'Гатчинская СОШ № 11', 'SOSH', 'г. Гатчина', 'URBAN', 0, 830, 57, false, 'Макарова Юлия Денисовна', null, null),
  ('МБОУ «Лукашевская СОШ»', 'Лукашевская СОШ', 'SOSH', 'дер. Лукаши', 'RURAL', 19, 275, 24, false, 'Андреев Михаил Сергеевич', null, null),
  ('МБОУ «Высокоключевая СОШ»', 'Высокоключевая СОШ', 'SOSH', 'пос. Высокоключевой', 'RURAL', 25, 301, 26, false, 'Белоусова Ксения Романовна', null, null),
  ('МБОУ «Кобринская ООШ»', 'Кобринская ООШ', 'OOSH', 'пос. Кобринское', 'RURAL', 24, 150, 16, false, 'Комаров Илья Андреевич', null, null),
  ('МБОУ «Пламенская СОШ»', 'Пламенская СОШ', 'SOSH', 'пос. Пламя', 'RURAL', 45, 180, 19, false, 'Воронина Алла Геннадьевна', null, null),
  ('МБОУ «Гатчинская СОШ №2»', 'Гатчинская СОШ № 2', 'SOSH', 'г. Гатчина', 'URBAN', 0, 950, 63, false, 'Зайцева Ольга Борисовна', null, null),
  ('МБОУ «Гатчинский лицей №3»', 'Гатчинский лицей № 3', 'LYCEUM', 'г. Гатчина', 'URBAN', 0, 880, 61, false, 'Ершов Николай Петрович', null, null),
  ('МБОУ «Гатчинская СОШ №8 «Центр образования»', 'Гатчинская СОШ № 8 «ЦО»', 'EDUCATION_CENTER', 'г. Гатчина', 'URBAN', 0, 1120, 78, false, 'Медведева Дарья Олеговна', null, null),
  ('МБОУ «Гатчинская СОШ №9 с углубленным изучением отдельных предметов»', 'Гатчинская СОШ № 9', 'SOSH', 'г. Гатчина', 'URBAN', 0, 1010, 70, false, 'Сергеев Роман Аркадьевич', null, null),
  ('МБОУ «Гатчинская гимназия им. К.Д.Ушинского»', 'Гимназия им. К.Д. Ушинского', 'GYMNASIUM', 'г. Гатчина', 'URBAN', 0, 760, 58, false, 'Полякова Татьяна Ивановна', null, null),
  ('МБОУ «Сиверская гимназия»', 'Сиверская гимназия', 'GYMNASIUM', 'пгт Сиверский', 'RURAL', 35, 690, 49, false, 'Крылов Валерий Степанович', null, null)
) as s(name, short_name, type, address, settlement, distance_km, students, teachers, small_school, principal_name, phone, email)
where m.name = 'Гатчинский муниципальный район';

-- accounts: password «demo» for all
insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
values ('admin', '{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6',
        'Соколова Марина Викторовна', 'Администратор портала', 'ADMIN', null, null, null);

insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
select 'observer', '{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6',
       'Кузнецов Андрей Михайлович', 'Главный специалист регионального министерства образования',
       'REGIONAL_OBSERVER', r.id, null, null
from region r where r.name = 'Забайкальский край';

insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
select u.username, '{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6', u.full_name, u.position,
       'COORDINATOR', m.region_id, m.id, null
from municipality m
join (values
  ('coordinator', 'Лаврентьева Ольга Петровна', 'Муниципальный координатор, Комитет образования', 'Балейский район'),
  ('gatchina', 'Смирнова Елена Александровна', 'Муниципальный координатор, МБОУ ДО «ИМЦ»', 'Гатчинский муниципальный район')
) as u(username, full_name, position, municipality) on u.municipality = m.name;

insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
select u.username, '{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6', u.full_name, u.position,
       u.role, m.region_id, m.id, s.id
from school s
join municipality m on m.id = s.municipality_id
join (values
  ('curator', 'Белова Ирина Сергеевна', 'Директор МКОУ «СОШ № 14» г. Балей', 'CURATOR', 'СОШ № 14'),
  ('curator2', 'Исаева Ксения Николаевна', 'Заместитель директора по УВР МКОУ «СОШ № 14» г. Балей', 'CURATOR', 'СОШ № 14'),
  ('school', 'Григорьева Наталья Ивановна', 'Директор МКОУ «Жидкинская ООШ»', 'SCHOOL', 'Жидкинская ООШ')
) as u(username, full_name, position, role, school) on u.school = s.short_name
where m.name = 'Балейский район';

-- curators at work since the start of the 2026 programme year (seed 004: one curator a school)
insert into curator_assignment (curator_id, school_id, starts_on, created_by)
select u.id, s.id, date '2026-03-01', 'coordinator'
from app_user u, school s
where (u.username = 'curator' and s.short_name = 'Ундино-Посельская СОШ')
   or (u.username = 'curator2' and s.short_name = 'Жидкинская ООШ');
