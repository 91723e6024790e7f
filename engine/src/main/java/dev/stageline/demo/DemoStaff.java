package dev.stageline.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The people who work the simulated cases: two or three demo staff per team, real users of the
 * engine's identity service in their team's group and in {@code staff}, with first names as ids.
 * They get a random password nobody knows: they are there to be seen in the numbers, not to log in.
 * The demo users {@code pat} and {@code sam} take a shift in their teams now and then.
 */
final class DemoStaff {

  static final String STAFF_GROUP = "staff";
  /** Created by the first-run users when demo data is on, members of every team. */
  static final List<String> DEMO_USERS = List.of("pat", "sam");
  /** Share of cases in which a team's work goes to one of {@link #DEMO_USERS}. */
  private static final double DEMO_USER_SHARE = 0.1;

  private static final List<String> FIRST_NAMES = List.of(
      "Amira", "Ben", "Chloe", "Dario", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Leon",
      "Mara", "Nils", "Olga", "Paulo", "Quinn", "Rosa", "Timo", "Uma", "Vera", "Yusuf", "Zoe", "Anton",
      "Bea", "Carlos", "Dilan", "Emil", "Frida", "Gabriel", "Hana", "Ivan", "Jana", "Kemal", "Lina", "Milo",
      "Nora", "Oskar", "Priya", "Rafael", "Selin", "Theo", "Ulla", "Viktor", "Wanda", "Xaver", "Yara", "Zeno");
  /** Teams that work many short steps get a third person. */
  private static final List<String> BUSY_TEAMS = List.of("counter-staff", "kitchen-staff", "call-agents");

  private final IdentityService identityService;
  private final Random random;
  private final Map<String, List<String>> staffByTeam = new LinkedHashMap<>();
  private final Map<String, List<String>> demoUsersByTeam = new LinkedHashMap<>();

  DemoStaff(IdentityService identityService, Random random) {
    this.identityService = identityService;
    this.random = random;
  }

  /** Creates the staff of {@code teams} (users that already exist are used as they are). */
  void hire(Collection<String> teams) {
    int next = 0;
    for (String team : teams) {
      int size = BUSY_TEAMS.contains(team) ? 3 : 2;
      List<String> members = new ArrayList<>();
      for (int i = 0; i < size; i++, next++) {
        String firstName = FIRST_NAMES.get(next % FIRST_NAMES.size());
        // more teams than names (blueprints of one's own): ben, ben2, ...
        int round = next / FIRST_NAMES.size();
        String id = firstName.toLowerCase(Locale.ROOT) + (round == 0 ? "" : String.valueOf(round + 1));
        ensureUser(id, firstName, List.of(team, STAFF_GROUP));
        members.add(id);
      }
      staffByTeam.put(team, members);
      demoUsersByTeam.put(team, DEMO_USERS.stream()
          .filter(id -> identityService.createUserQuery().userId(id).memberOfGroup(team).count() > 0)
          .toList());
    }
  }

  /** Number of demo staff hired. */
  int size() {
    return (int) staffByTeam.values().stream().flatMap(List::stream).distinct().count();
  }

  /** Who of {@code team} works a case; null for a team that has no staff. */
  String pick(String team) {
    List<String> members = staffByTeam.get(team);
    if (members == null) {
      return null;
    }
    List<String> demoUsers = demoUsersByTeam.getOrDefault(team, List.of());
    if (!demoUsers.isEmpty() && random.nextDouble() < DEMO_USER_SHARE) {
      return demoUsers.get(random.nextInt(demoUsers.size()));
    }
    return members.get(random.nextInt(members.size()));
  }

  private void ensureUser(String id, String firstName, List<String> groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName("(demo staff)");
      user.setPassword(unguessablePassword());
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        identityService.saveGroup(identityService.newGroup(group));
      }
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
  }

  private static String unguessablePassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
