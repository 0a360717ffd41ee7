package ru.opora.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Network set-up, pairs, the suggestion and activities through the web, with the refusals
 * a coordinator or a school meets: each a clear Russian message and nothing saved.
 */
class NetworkFlowIntegrationTests extends PortalIntegrationTest {

	NetworkFixture f;

	long network;

	@BeforeEach
	void setUp() {
		this.f = new NetworkFixture(this.jdbc);
		this.network = this.f.network();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as(this.f.login(who))).with(csrf());
	}

	long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	long pairs() {
		return count("select count(*) from network_pair where network_id = ?", this.network);
	}

	@Test
	void coordinatorOpensTheNetworkOfAProgrammeOnce() throws Exception {
		long programme = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				values (?, 2027, ?, date '2027-04-30', 'test') returning id""", Long.class, this.f.municipality,
				"Вторая " + this.f.suffix);
		this.mvc
			.perform(as(post("/networks"), "coord").param("programmeYearId", String.valueOf(programme))
				.param("model", "CONCENTRATED")
				.param("defaultCapacity", "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				count("select count(*) from network where programme_year_id = ? and model = 'CONCENTRATED'", programme))
			.isEqualTo(1);
		this.mvc
			.perform(as(post("/networks"), "coord").param("programmeYearId", String.valueOf(programme))
				.param("model", "DISTRIBUTED")
				.param("defaultCapacity", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("У этой программы уже есть сеть наставничества.")));
		assertThat(count("select count(*) from network where programme_year_id = ?", programme)).isEqualTo(1);
		// another municipality's programme is not the coordinator's to open
		this.mvc
			.perform(as(post("/networks"), "coord2").param("programmeYearId", String.valueOf(this.f.programme))
				.param("model", "DISTRIBUTED")
				.param("defaultCapacity", "3"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPairAcrossMunicipalitiesIsRefused() throws Exception {
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), "coord")
				.param("mentorId", String.valueOf(this.f.foreign))
				.param("menteeId", String.valueOf(this.f.menteeX)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("только из школ одного муниципалитета")));
		this.mvc
			.perform(as(post("/networks/{id}/members", this.network), "coord")
				.param("schoolIds", String.valueOf(this.f.foreign))
				.param("role", "MENTOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("В сеть входят только школы её муниципалитета.")));
		assertThat(pairs()).isZero();
		assertThat(count("select count(*) from network_school where network_id = ? and school_id = ?", this.network,
				this.f.foreign))
			.isZero();
	}

	@Test
	void aMentorOverCapacityIsRefusedAndTheFormKeepsTheChoice() throws Exception {
		this.jdbc.update("update network_school set capacity = 1 where network_id = ? and school_id = ?", this.network,
				this.f.mentorA);
		this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), "coord")
				.param("mentorId", String.valueOf(this.f.mentorA))
				.param("menteeId", String.valueOf(this.f.menteeY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("У школы-наставника нет свободных мест")))
			.andExpect(content().string(containsString("value=\"" + this.f.menteeY + "\" selected")));
		assertThat(pairs()).isEqualTo(1);
	}

	@Test
	void aMenteeHasOnePairAndConflictsAreRespected() throws Exception {
		this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), "coord")
				.param("mentorId", String.valueOf(this.f.mentorB))
				.param("menteeId", String.valueOf(this.f.menteeX)))
			.andExpect(content().string(containsString("У наставляемой школы уже есть пара в этой сети.")));
		this.mvc
			.perform(as(post("/networks/{id}/suggestion/rules", this.network), "coord").param("kind", "CONFLICT")
				.param("schoolId", String.valueOf(this.f.menteeY))
				.param("otherSchoolId", String.valueOf(this.f.mentorB))
				.param("note", "просили не объединять"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), "coord")
				.param("mentorId", String.valueOf(this.f.mentorB))
				.param("menteeId", String.valueOf(this.f.menteeY)))
			.andExpect(content().string(containsString("Эти школы просили не объединять их в пару.")));
		assertThat(pairs()).isEqualTo(1);
	}

	@Test
	void anUnknownSchoolIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(as(post("/networks/{id}/members", this.network), "coord").param("schoolIds", "987654321")
				.param("role", "MENTEE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Школа не найдена")));
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), "coord").param("mentorId", "987654321")
				.param("menteeId", String.valueOf(this.f.menteeX)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Школа не найдена")));
		assertThat(pairs()).isZero();
	}

	@Test
	void theSuggestionKeepsLockedPairsNeverProposesExcludedOnesAndIsAcceptedInOneAction() throws Exception {
		// lock Z to B, exclude X–A: the only optimal assignment left is X–B? B has 2
		// places: Z–B locked, X–B
		this.mvc
			.perform(as(post("/networks/{id}/suggestion/pair", this.network), "coord").param("kind", "LOCK")
				.param("menteeId", String.valueOf(this.f.menteeZ))
				.param("mentorId", String.valueOf(this.f.mentorB)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as(post("/networks/{id}/suggestion/pair", this.network), "coord").param("kind", "EXCLUDE_PAIR")
				.param("menteeId", String.valueOf(this.f.menteeX))
				.param("mentorId", String.valueOf(this.f.mentorA)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/networks/{id}/suggestion", this.network).with(this.demo.as(this.f.login("coord"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("закреплена")))
			.andExpect(content().string(containsString("Расстояние")));
		this.mvc.perform(as(post("/networks/{id}/suggestion/accept", this.network), "coord"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		assertThat(
				count("select count(*) from network_pair where network_id = ? and origin = 'SUGGESTED'", this.network))
			.isEqualTo(3);
		assertThat(count(
				"select count(*) from network_pair where network_id = ? and mentee_school_id = ? and mentor_school_id = ?",
				this.network, this.f.menteeZ, this.f.mentorB))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from network_pair where network_id = ? and mentee_school_id = ? and mentor_school_id = ?",
				this.network, this.f.menteeX, this.f.mentorA))
			.isZero();
		assertThat(count("select count(*) from audit_event where entity_type = 'NetworkPair' and entity_id = ?",
				"network-" + this.network))
			.isEqualTo(1);
		// nothing left to propose: accepting again is refused with a message, nothing
		// added
		this.mvc.perform(as(post("/networks/{id}/suggestion/accept", this.network), "coord"))
			.andExpect(status().is3xxRedirection());
		assertThat(pairs()).isEqualTo(3);
	}

	String page(String url, String who) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(this.f.login(who))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aClosedProgrammeYearShowsTheNetworkWithoutEditButtons() throws Exception {
		long pair = this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		long activity = this.f.activity(pair);
		String detail = "/networks/" + this.network;
		String pairPage = "/networks/pairs/" + pair;
		String activityPage = "/networks/activities/" + activity;
		String intensives = detail + "/intensives";
		assertThat(page(detail, "coord")).contains("id=\"pair-form\"", "/suggestion\"").doesNotContain("year-closed");
		assertThat(page(pairPage, "coord")).contains("/pairs/" + pair + "/end\"", "id=\"activity-form\"");
		assertThat(page(pairPage, "mentor")).contains("id=\"activity-form\"", "id=\"programme-form\"");
		assertThat(page(activityPage, "mentor")).contains("id=\"replan-form\"", "id=\"record-form\"");
		assertThat(page(intensives, "coord")).contains("id=\"plan-day\"");

		this.jdbc.update("update programme_year set closed = true where id = ?", this.f.programme);

		assertThat(page(detail, "coord")).contains("id=\"year-closed\"")
			.doesNotContain("id=\"pair-form\"", "id=\"members-form\"", "/suggestion\"", "/remove\"");
		assertThat(page(detail + "/suggestion", "coord")).contains("id=\"year-closed\"")
			.doesNotContain("/suggestion/accept", "/suggestion/rules\"", "/suggestion/pair");
		assertThat(page(pairPage, "coord")).contains("id=\"year-closed\"")
			.doesNotContain("/pairs/" + pair + "/end\"", "id=\"activity-form\"", "id=\"programme-form\"");
		assertThat(page(pairPage, "mentor")).doesNotContain("id=\"activity-form\"", "id=\"programme-form\"");
		assertThat(page(activityPage, "mentor")).contains("id=\"year-closed\"")
			.doesNotContain("id=\"replan-form\"", "id=\"record-form\"", "id=\"file-form\"");
		assertThat(page(activityPage, "curator")).doesNotContain("id=\"note-form\"", "id=\"record-form\"");
		assertThat(page(intensives, "coord")).contains("id=\"year-closed\"").doesNotContain("id=\"plan-day\"");
		// the service refuses as before
		int refused = this.mvc.perform(as(post("/networks/pairs/{id}/end", pair), "coord"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(refused).isLessThan(500);
		assertThat(count("select count(*) from network_pair where id = ? and ended_at is null", pair)).isEqualTo(1);
	}

	@Test
	void aSchoolRecordsAHeldActivityWithAFileAndTheCuratorNotesIt() throws Exception {
		long pair = this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		long activity = this.f.activity(pair);
		// negative numbers and a date in the future are refused, nothing recorded
		this.mvc
			.perform(as(post("/networks/activities/{id}/record", activity), "mentor").param("heldOn", "2026-03-01")
				.param("leaders", "-1")
				.param("teachers", "5")
				.param("students", "0")
				.param("parents", "0")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Значение не может быть меньше 0.")));
		this.mvc
			.perform(as(post("/networks/activities/{id}/record", activity), "mentor").param("heldOn", "2999-03-01")
				.param("leaders", "1")
				.param("teachers", "5")
				.param("students", "0")
				.param("parents", "0")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("не может быть позже сегодняшнего дня")));
		assertThat(count("select count(*) from network_activity where id = ? and status = 'PLANNED'", activity))
			.isEqualTo(1);
		this.mvc
			.perform(as(post("/networks/activities/{id}/record", activity), "mentor").param("heldOn", "2026-03-01")
				.param("leaders", "1")
				.param("teachers", "5")
				.param("students", "0")
				.param("parents", "0")
				.param("report", "Посетили 3 урока.")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select teachers from network_activity where id = ? and status = 'HELD'", activity))
			.isEqualTo(5);
		byte[] pdf = ru.opora.support.TestFiles.pdf("Отчёт о взаимопосещении");
		this.mvc
			.perform(multipart("/networks/activities/{id}/files", activity)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "Отчёт о взаимопосещении.pdf",
						"application/pdf", pdf))
				.with(this.demo.as(this.f.login("mentor")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long fileId = count("select file_id from network_activity_file where activity_id = ?", activity);
		this.mvc
			.perform(get("/networks/activities/{id}/files/{f}", activity, fileId)
				.with(this.demo.as(this.f.login("curator"))))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		// another school of the network may not read the pair's evidence
		this.mvc
			.perform(get("/networks/activities/{id}/files/{f}", activity, fileId)
				.with(this.demo.as(this.f.login("menteey"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(post("/networks/activities/{id}/note", activity), "curator").param("note", "Содержательно.")
				.param("version", String.valueOf(count("select version from network_activity where id = ?", activity))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select curator_note from network_activity where id = ?", String.class,
				activity))
			.isEqualTo("Содержательно.");
	}

	@Test
	void thePairPageWarnsWhenTheCuratorIsNotFromTheMentorSchool() throws Exception {
		long good = this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		long other = this.f.pair(this.network, this.f.mentorB, this.f.menteeY);
		this.mvc.perform(get("/networks/pairs/{id}", other).with(this.demo.as(this.f.login("coord"))))
			.andExpect(content().string(containsString("у наставляемой школы нет куратора")));
		this.mvc.perform(get("/networks/pairs/{id}", good).with(this.demo.as(this.f.login("coord"))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(containsString("куратор наставляемой школы — не из"))))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(containsString("у наставляемой школы нет куратора"))));
		// the curator of X is from A: pairing X with B instead gives the warning
		this.jdbc.update("update network_pair set ended_at = now() where id = ?", good);
		long moved = this.f.pair(this.network, this.f.mentorB, this.f.menteeX);
		this.mvc.perform(get("/networks/pairs/{id}", moved).with(this.demo.as(this.f.login("coord"))))
			.andExpect(content().string(containsString("куратор наставляемой школы — не из школы-наставника")));
	}

}
