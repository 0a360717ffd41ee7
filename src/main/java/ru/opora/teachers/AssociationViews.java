package ru.opora.teachers;

import java.time.LocalDate;
import java.util.List;

import ru.opora.files.FileInfo;

/**
 * What the association pages show. A teacher's name appears only where
 * {@link TeacherAccess#seesNames} allows it; other members are counted by school.
 */
final class AssociationViews {

	private AssociationViews() {
	}

	/** A line of the list. */
	record Summary(Long id, Long municipalityId, String municipalityName, String name, String theme, Person leader,
			int members, int meetings, LocalDate lastMeeting) {

	}

	/**
	 * A teacher as a page may show them: the name is {@code null} when the user may not
	 * see it; the school's name is {@code null} when the user may not see the school.
	 */
	record Person(Long teacherId, String name, Long schoolId, String schoolName, boolean left) {

		public boolean named() {
			return this.name != null;
		}

	}

	/** A member the user sees by name. */
	record Member(Person person, LocalDate joinedOn, boolean leader, int attended) {

	}

	/** Members the user does not see by name, counted by school (or all together). */
	record HiddenMembers(String schoolName, int count) {

	}

	/** A meeting in the association's list. */
	record MeetingLine(Long id, LocalDate heldOn, String topic, int attended, int files) {

	}

	/** A teacher the coordinator may add, with the school. */
	record Candidate(Long teacherId, String name, String schoolName) {

	}

	/** The school's candidates, for an option group. */
	record CandidateGroup(String schoolName, List<Candidate> teachers) {

	}

	/** The association's page. */
	record Details(Long id, Long municipalityId, String municipalityName, String name, String theme, long version,
			Person leader, List<Member> members, List<HiddenMembers> hidden, int memberCount,
			List<MeetingLine> meetings, boolean canManage, boolean canPickTeachers, List<CandidateGroup> candidates) {

		public int hiddenCount() {
			return this.hidden.stream().mapToInt(HiddenMembers::count).sum();
		}

	}

	/** A member on the meeting page, with whether they came. */
	record Attendee(Person person, boolean attended) {

	}

	/** The meeting's page. */
	record MeetingDetails(Long id, Long associationId, String associationName, String municipalityName,
			LocalDate heldOn, String topic, String note, long version, int attendedCount, int memberCount,
			List<Attendee> attendees, int hiddenAttended, List<FileInfo> files, boolean canManage,
			boolean canPickTeachers) {

	}

	/** An association on a teacher's card. */
	record OfTeacher(Long associationId, String name, String theme, boolean leader, LocalDate joinedOn, int attended,
			int meetings) {

	}

}
