package ru.opora.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * The social passport of a school for a year (entered on the form or imported).
 */
@Entity
@Table(name = "social_passport")
@Getter
class SocialPassport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	private int year;

	private int students;

	@Column(name = "low_income_share")
	private BigDecimal lowIncome;

	@Column(name = "single_parent_share")
	private BigDecimal singleParent;

	@Column(name = "disability_share")
	private BigDecimal disability;

	@Column(name = "non_native_share")
	private BigDecimal nonNative;

	@Column(name = "preventive_share")
	private BigDecimal preventive;

	@Column(name = "higher_education_share")
	private BigDecimal higherEducation;

	@Column(name = "import_id")
	private Long importId;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SocialPassport() {
	}

	SocialPassport(Long schoolId, int year) {
		this.schoolId = schoolId;
		this.year = year;
	}

	void apply(PassportCommand command, String username, Instant now) {
		this.students = command.students();
		this.lowIncome = command.lowIncome();
		this.singleParent = command.singleParent();
		this.disability = command.disability();
		this.nonNative = command.nonNative();
		this.preventive = command.preventive();
		this.higherEducation = command.higherEducation();
		this.importId = null;
		this.updatedBy = username;
		this.updatedAt = now;
	}

	PassportFigures figures() {
		return new PassportFigures(this.year, this.students, this.lowIncome, this.singleParent, this.disability,
				this.nonNative, this.preventive, this.higherEducation);
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("students", this.students);
		state.put("lowIncome", plain(this.lowIncome));
		state.put("singleParent", plain(this.singleParent));
		state.put("disability", plain(this.disability));
		state.put("nonNative", plain(this.nonNative));
		state.put("preventive", plain(this.preventive));
		state.put("higherEducation", plain(this.higherEducation));
		return state;
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

}
