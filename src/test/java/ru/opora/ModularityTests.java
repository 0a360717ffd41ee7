package ru.opora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OporaApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		modules.verify();
	}

	/**
	 * The PlantUML diagrams of docs/architecture.md: one for all modules, naming each,
	 * and one per module.
	 */
	@Test
	void writesModuleDocumentation(@TempDir Path folder) throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		String all = Files.readString(folder.resolve("components.puml"));
		assertThat(modules.stream()).isNotEmpty();
		for (ApplicationModule module : modules) {
			Path own = folder.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(own).as(module.getIdentifier().toString()).exists();
			assertThat(Files.readString(own)).contains(module.getDisplayName());
		}
		assertThat(all)
			.contains("Rel(OporaApplication.OporaApplication.Roadmaps, OporaApplication.OporaApplication.Programmes")
			.contains("Rel(OporaApplication.OporaApplication.Documents, OporaApplication.OporaApplication.Schools");
	}

}
