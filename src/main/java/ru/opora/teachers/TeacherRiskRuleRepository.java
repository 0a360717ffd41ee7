package ru.opora.teachers;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeacherRiskRuleRepository extends JpaRepository<TeacherRiskRule, Long> {

}
