package ru.opora.schools;

import java.util.Set;

/**
 * Which schools a curator currently works with. Implemented by the mentoring module,
 * which owns the assignments; declared here so that the access rule stays in one place.
 */
public interface CuratorSchools {

	Set<Long> activeSchoolIds(Long curatorId);

}
