package dev.writ.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The commitment a report carries: a Merkle tree (RFC 9162 section 2.1) over the
 * canonical rows of the demands it counts, sorted by reference, and the inclusion proofs
 * that let anyone check, without Writ's database, that a demand was counted
 * (docs/transparency.md). Pure: no database, no Spring.
 */
public final class ReportCommitment {

	private static final HexFormat HEX = HexFormat.of();

	private final List<Leaf> leaves;

	private ReportCommitment(List<Leaf> leaves) {
		this.leaves = leaves;
	}

	/** The tree over these demands (any order: they are sorted by reference). */
	public static ReportCommitment of(List<RegisterEntry> entries) {
		List<Leaf> leaves = new ArrayList<>(entries.size());
		for (RegisterEntry entry : entries) {
			String row = row(entry);
			leaves.add(new Leaf(entry.reference(), row, leafHash(row)));
		}
		leaves.sort(Comparator.comparing(Leaf::reference));
		return new ReportCommitment(leaves);
	}

	/**
	 * A demand's canonical row: {@code reference|section|country|outcome}, codes in lower
	 * case.
	 */
	public static String row(RegisterEntry entry) {
		return entry.reference() + "|" + entry.section().code() + "|" + entry.country() + "|" + entry.outcome().code();
	}

	/** The root, in lower-case hex. */
	public String root() {
		return HEX.formatHex(hash(0, this.leaves.size()));
	}

	public int size() {
		return this.leaves.size();
	}

	/** The proof that a demand is counted, or empty when it is not. */
	public Optional<Proof> prove(String period, String reference) {
		for (int index = 0; index < this.leaves.size(); index++) {
			if (this.leaves.get(index).reference().equals(reference)) {
				List<String> path = new ArrayList<>();
				path(index, 0, this.leaves.size(), path);
				return Optional.of(new Proof(period, reference, this.leaves.get(index).row(), index, this.leaves.size(),
						path, root()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a proof leads from its row to the given root (RFC 9162 section 2.1.3.2);
	 * the root written in the proof is not trusted.
	 */
	public static boolean verify(Proof proof, String root) {
		if (proof.index() < 0 || proof.index() >= proof.size() || !proof.row().startsWith(proof.reference() + "|")) {
			return false;
		}
		long fn = proof.index();
		long sn = proof.size() - 1;
		byte[] r = leafHash(proof.row());
		for (String sibling : proof.path()) {
			if (sn == 0) {
				return false;
			}
			byte[] p = HEX.parseHex(sibling);
			if ((fn & 1) == 1 || fn == sn) {
				r = node(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && HEX.formatHex(r).equals(root.toLowerCase(java.util.Locale.ROOT));
	}

	/** MTH(D[from:to]): RFC 9162 splits at the largest power of two below the size. */
	private byte[] hash(int from, int to) {
		int n = to - from;
		if (n == 0) {
			return sha256(new byte[0]);
		}
		if (n == 1) {
			return this.leaves.get(from).hash();
		}
		int k = split(n);
		return node(hash(from, from + k), hash(from + k, to));
	}

	/** PATH(m, D[from:to]), bottom-up. */
	private void path(int m, int from, int to, List<String> path) {
		int n = to - from;
		if (n <= 1) {
			return;
		}
		int k = split(n);
		if (m < k) {
			path(m, from, from + k, path);
			path.add(HEX.formatHex(hash(from + k, to)));
		}
		else {
			path(m - k, from + k, to, path);
			path.add(HEX.formatHex(hash(from, from + k)));
		}
	}

	private static int split(int n) {
		return Integer.highestOneBit(n - 1);
	}

	static byte[] leafHash(String row) {
		byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
		byte[] input = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, input, 1, bytes.length);
		return sha256(input);
	}

	private static byte[] node(byte[] left, byte[] right) {
		byte[] input = new byte[1 + left.length + right.length];
		input[0] = 1;
		System.arraycopy(left, 0, input, 1, left.length);
		System.arraycopy(right, 0, input, 1 + left.length, right.length);
		return sha256(input);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	private record Leaf(String reference, String row, byte[] hash) {

	}

	/**
	 * An inclusion proof.
	 *
	 * @param index the row's position among the rows sorted by reference
	 * @param size how many rows the tree has
	 * @param path the sibling hashes, bottom-up, lower-case hex
	 * @param root the root the proof was made under (for reference; verify against the
	 * published root)
	 */
	public record Proof(String period, String reference, String row, long index, long size, List<String> path,
			String root) {

	}

}
