package ru.opora.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * One explained part of a pair's score: render it with
 * {@code messages.getMessage(messageKey, args.toArray(), locale)}. The keys and their
 * arguments are listed in {@link PairingScore}. Risk factors are known here only by id:
 * call {@link #withFactorNames(LongFunction)} before rendering.
 *
 * @param messageKey message key {@code network.pairing.*}
 * @param points points of this part
 * @param maxPoints the most this part could give
 * @param args message arguments (numbers, strings, lists of factor ids)
 */
public record ScorePart(String messageKey, int points, int maxPoints, List<Object> args) {

	public ScorePart {
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
	}

	static ScorePart of(String messageKey, int points, int maxPoints, Object... args) {
		return new ScorePart(messageKey, points, maxPoints, List.of(args));
	}

	/**
	 * This part with every argument that is a collection of factor ids replaced by the
	 * factors' names, joined by «, » in the order of the ids (which is ascending).
	 * @param names factor id → name (for example from the risk-factor catalogue)
	 * @return the part ready to render
	 */
	public ScorePart withFactorNames(LongFunction<String> names) {
		List<Object> resolved = new ArrayList<>(this.args.size());
		for (Object arg : this.args) {
			if (arg instanceof Collection<?> ids && ids.stream().allMatch(Long.class::isInstance)) {
				resolved.add(ids.stream().map(id -> names.apply((Long) id)).collect(Collectors.joining(", ")));
			}
			else {
				resolved.add(arg);
			}
		}
		return new ScorePart(this.messageKey, this.points, this.maxPoints, resolved);
	}

}
