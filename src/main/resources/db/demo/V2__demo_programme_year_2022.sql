-- «500+ 2022» in the Baley district (seed 004): participants Жидкинская ООШ and Ундино-Посельская СОШ,
-- concept documents due 30 April; the risks chosen with the curators on 1 March 2022.
insert into programme_year (municipality_id, year, title, documents_due, created_by)
select id, 2022, '500+ 2022', date '2022-04-30', 'coordinator' from municipality where name = 'Балейский район';
insert into programme_year (municipality_id, year, title, documents_due, created_by)
select id, 2026, '500+ 2026', date '2026-04-30', 'coordinator' from municipality where name = 'Балейский район';

insert into programme_participant (programme_year_id, school_id)
select p.id, s.id from programme_year p join school s on s.municipality_id = p.municipality_id
where s.short_name in ('Жидкинская ООШ', 'Ундино-Посельская СОШ');

insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by, chosen_at)
select p.id, s.id, f.id, 'curator', p.documents_due - 60
from programme_year p
join school s on s.municipality_id = p.municipality_id
join risk_factor f on f.catalogue_year = p.year
where (s.short_name = 'Жидкинская ООШ' and f.number in (3, 10))
   or (s.short_name = 'Ундино-Посельская СОШ' and f.number in (3, 8, 9));
