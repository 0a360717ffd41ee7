// Where the start goes, per start-up step (docs/benchmarks.md, «Step 9c»): starts the portal with Spring's
// BufferingApplicationStartup and, once the context has started, writes one line per step (id, parent id, duration
// ms, start epoch ms, step name, tags such as the bean name) to -Dsteps.out (default /tmp/steps.txt). Not part of the
// build; to use it with the packaged jar without changing the code:
//   mkdir -p /tmp/steps-cls && unzip -o -q target/opora-*.jar 'BOOT-INF/lib/spring-*' -d /tmp/steps-lib
//   javac -d /tmp/steps-cls -cp "$(ls /tmp/steps-lib/BOOT-INF/lib/*.jar | tr '\n' :)" tools/bench/StartupSteps.java
//   java -Xmx512m -XX:StartFlightRecording=settings=profile,filename=/tmp/start.jfr \
//     -Dloader.path=/tmp/steps-cls -Dloader.main=StartupSteps -cp target/opora-*.jar \
//     org.springframework.boot.loader.launch.PropertiesLauncher
// A step's own time is its duration less its children's; the JFR's main-thread samples can be attributed to the
// innermost step running at their time.
import java.io.FileWriter;
import java.io.PrintWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

public class StartupSteps {

	public static void main(String[] args) throws Exception {
		SpringApplication app = new SpringApplication(Class.forName("ru.opora.OporaApplication"));
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100000);
		app.setApplicationStartup(startup);
		app.addListeners((event) -> {
			if (event instanceof ApplicationStartedEvent) {
				write(startup);
			}
		});
		app.run(args);
	}

	private static void write(BufferingApplicationStartup startup) {
		try (PrintWriter out = new PrintWriter(new FileWriter(System.getProperty("steps.out", "/tmp/steps.txt")))) {
			for (StartupTimeline.TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
				var step = event.getStartupStep();
				StringBuilder tags = new StringBuilder();
				step.getTags().forEach((tag) -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
				out.println(step.getId() + "\t" + step.getParentId() + "\t" + event.getDuration().toMillis() + "\t"
						+ event.getStartTime().toEpochMilli() + "\t" + step.getName() + "\t" + tags);
			}
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
	}

}
