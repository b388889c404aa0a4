package dev.writ.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportCommitment.Proof;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's Merkle commitment: the root of known small trees, independent of order,
 * and inclusion proofs that hold for every demand and fail once anything is changed.
 */
class ReportCommitmentTests {

	static final HexFormat HEX = HexFormat.of();

	@Test
	void the_root_of_three_demands_is_rfc_9162_s_tree_of_their_rows_sorted_by_reference() throws Exception {
		// given
		List<RegisterEntry> entries = List.of(entry("C"), entry("A"), entry("B"));
		byte[] a = leaf("A|criminal|US|content");
		byte[] b = leaf("B|criminal|US|content");
		byte[] c = leaf("C|criminal|US|content");
		// when
		String root = ReportCommitment.of(entries).root();
		// then
		assertThat(root).isEqualTo(HEX.formatHex(node(node(a, b), c)));
	}

	@Test
	void an_empty_period_commits_to_the_hash_of_nothing_and_one_demand_to_its_leaf() throws Exception {
		// when / then
		assertThat(ReportCommitment.of(List.of()).root())
			.isEqualTo(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])));
		assertThat(ReportCommitment.of(List.of(entry("A"))).root())
			.isEqualTo(HEX.formatHex(leaf("A|criminal|US|content")));
	}

	@Test
	void the_root_does_not_depend_on_the_order_the_demands_come_in() {
		// given
		List<RegisterEntry> entries = IntStream.range(0, 11).mapToObj(i -> entry("R" + i)).toList();
		List<RegisterEntry> reversed = new ArrayList<>(entries).reversed();
		// when / then
		assertThat(ReportCommitment.of(reversed).root()).isEqualTo(ReportCommitment.of(entries).root());
	}

	@Test
	void every_demand_of_trees_of_1_to_17_demands_has_a_proof_that_verifies() {
		for (int size = 1; size <= 17; size++) {
			// given
			List<RegisterEntry> entries = IntStream.range(0, size)
				.mapToObj(i -> entry("WR-%03d".formatted(i)))
				.toList();
			ReportCommitment tree = ReportCommitment.of(entries);
			for (RegisterEntry entry : entries) {
				// when
				Proof proof = tree.prove("2022-H2", entry.reference()).orElseThrow();
				// then
				assertThat(ReportCommitment.verify(proof, tree.root())).as(size + " " + entry.reference()).isTrue();
			}
		}
	}

	@Test
	void a_proof_with_anything_changed_or_against_another_root_fails() {
		// given
		List<RegisterEntry> entries = IntStream.range(0, 13).mapToObj(i -> entry("WR-%03d".formatted(i))).toList();
		ReportCommitment tree = ReportCommitment.of(entries);
		Proof proof = tree.prove("2022-H2", "WR-005").orElseThrow();
		List<String> path = new ArrayList<>(proof.path());
		path.set(1, HEX.formatHex(new byte[32]));
		// when / then
		assertThat(ReportCommitment.verify(proof, tree.root())).isTrue();
		assertThat(ReportCommitment.verify(with(proof, "WR-005|criminal|US|rejected", proof.index(), proof.path()),
				tree.root()))
			.as("changed outcome")
			.isFalse();
		assertThat(ReportCommitment.verify(with(proof, proof.row(), proof.index() + 1, proof.path()), tree.root()))
			.as("changed index")
			.isFalse();
		assertThat(ReportCommitment.verify(with(proof, proof.row(), proof.index(), path), tree.root()))
			.as("changed sibling")
			.isFalse();
		assertThat(ReportCommitment.verify(proof, ReportCommitment.of(entries.subList(0, 12)).root()))
			.as("another root")
			.isFalse();
	}

	@Test
	void a_demand_not_counted_has_no_proof() {
		// when / then
		assertThat(ReportCommitment.of(List.of(entry("A"))).prove("2022-H2", "B")).isEmpty();
	}

	static Proof with(Proof proof, String row, long index, List<String> path) {
		return new Proof(proof.period(), proof.reference(), row, index, proof.size(), path, proof.root());
	}

	static RegisterEntry entry(String reference) {
		return new RegisterEntry(reference, LocalDate.of(2022, 8, 1), "US", Section.CRIMINAL, ProcessType.SUBPOENA,
				IssuerLevel.FEDERAL, 1, Outcome.CONTENT, false, false, null);
	}

	static byte[] leaf(String row) throws Exception {
		byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update((byte) 0);
		return sha.digest(bytes);
	}

	static byte[] node(byte[] left, byte[] right) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update((byte) 1);
		sha.update(left);
		return sha.digest(right);
	}

}
