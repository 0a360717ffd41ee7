package ru.opora.riskprofile;

/**
 * A risk factor as pages and other modules show it: «3. Недостаточная … компетентность
 * …».
 */
public record RiskFactorView(Long id, int number, String name) {

	static RiskFactorView of(RiskFactor f) {
		return new RiskFactorView(f.getId(), f.getNumber(), f.getName());
	}

	public String label() {
		return this.number + ". " + this.name;
	}

}
