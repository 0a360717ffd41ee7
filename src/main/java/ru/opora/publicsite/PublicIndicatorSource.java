package ru.opora.publicsite;

import java.util.List;

/**
 * Where the public page takes the indicators a coordinator marked public (SPI: the
 * indicators module implements it as a bean; without such a bean, or with an empty list,
 * the page has no indicators section). Called only when the page is rebuilt (it is
 * cached), never per request.
 */
public interface PublicIndicatorSource {

	/**
	 * The municipality's indicators marked public, in the order to show them; texts are
	 * shown as given (already formatted, Russian).
	 */
	List<PublicIndicatorLine> forMunicipality(long municipalityId);

}
