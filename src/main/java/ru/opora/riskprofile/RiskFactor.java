package ru.opora.riskprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A risk factor of the 500+ methodology as listed for one catalogue (programme) year.
 */
@Entity
@Table(name = "risk_factor")
@Getter
class RiskFactor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "catalogue_year", nullable = false)
	private int catalogueYear;

	private int number;

	@Column(nullable = false)
	private String name;

	private boolean active;

	/** What a school can do about the factor (shown in risk profiles); may be empty. */
	private String recommendation;

	protected RiskFactor() {
	}

}
