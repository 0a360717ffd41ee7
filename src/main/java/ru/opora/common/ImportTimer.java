package ru.opora.common;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Times file imports for the metrics endpoint: {@code opora.imports}, tagged with the
 * kind of import and its outcome ({@code ok}, or the exception's simple name).
 */
@Component
public class ImportTimer {

	static final String METER = "opora.imports";

	private final MeterRegistry registry;

	ImportTimer(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	public <T> T time(String kind, Supplier<T> importing) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "ok";
		try {
			return importing.get();
		}
		catch (RuntimeException ex) {
			outcome = ex.getClass().getSimpleName();
			throw ex;
		}
		finally {
			sample.stop(Timer.builder(METER)
				.description("Duration of file imports")
				.tag("kind", kind)
				.tag("outcome", outcome)
				.register(this.registry));
		}
	}

}
