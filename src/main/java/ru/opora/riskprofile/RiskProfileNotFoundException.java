package ru.opora.riskprofile;

import ru.opora.common.NotFoundException;

public class RiskProfileNotFoundException extends NotFoundException {

	public RiskProfileNotFoundException(Object id) {
		super("error.notFound.riskProfile", id);
	}

}
