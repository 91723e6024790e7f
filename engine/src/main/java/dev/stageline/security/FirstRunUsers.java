package dev.stageline.security;

import dev.stageline.FirstStartStep;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.blueprint.SampleBlueprints;
import dev.stageline.cluster.FirstStartClaims;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, a group per team of the deployed blueprints, and — on the very first
 * start only — the first admin and (with demo data on) one demo user per role. Nodes of a cluster
 * starting together on an empty database create them once: one node does, the others wait for it.
 */
@Component
class FirstRunUsers extends FirstStartStep {

  static final String CLAIM = "stageline.firstUsers";
  private static final Duration WAIT_AT_MOST = Duration.ofMinutes(2);
  private static final Logger LOG = LoggerFactory.getLogger(FirstRunUsers.class);

  private final IdentityService identityService;
  private final ManagementService managementService;
  private final BlueprintService blueprints;
  private final FirstStartClaims claims;
  private final String adminUsername;
  private final String adminPassword;
  private final boolean demo;

  FirstRunUsers(IdentityService identityService, ManagementService managementService, BlueprintService blueprints,
      FirstStartClaims claims, @Value("${stageline.admin.username:admin}") String adminUsername,
      @Value("${stageline.admin.password:}") String adminPassword,
      @Value("${stageline.demo.enabled:true}") boolean demo) {
    this.identityService = identityService;
    this.managementService = managementService;
    this.blueprints = blueprints;
    this.claims = claims;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
    this.demo = demo;
  }

  @Override
  public int getPhase() {
    return SampleBlueprints.PHASE + 1;
  }

  @Override
  protected void prepare() {
    List<String> teams = blueprints.teamRoles();
    Roles.ALL.forEach(id -> ensureGroup(id, "SYSTEM"));
    teams.forEach(id -> ensureGroup(id, "WORKFLOW"));
    // a node that finds another creating them waits for it, so it never serves without the users
    claims.once(CLAIM, WAIT_AT_MOST, () -> {
      if (identityService.createUserQuery().count() > 0) {
        return;
      }
      createAdmin(teams);
      if (demo) {
        createDemoUsers(teams);
      }
    });
  }

  private void createAdmin(List<String> teams) {
    boolean generated = adminPassword == null || adminPassword.isBlank();
    String password = generated ? generatePassword() : adminPassword;
    List<String> groups = new ArrayList<>(Roles.ALL);
    groups.addAll(teams);
    createUser(adminUsername, "Stageline", "Admin", password, groups);
    if (generated) {
      LOG.warn("First start: created the admin user '{}' with the generated password {} — it is shown only this once; "
          + "set stageline.admin.password to choose your own.", adminUsername, password);
    } else {
      LOG.info("First start: created the admin user '{}' with the configured password.", adminUsername);
    }
  }

  private void createDemoUsers(List<String> teams) {
    createUser("designer", "Dana", "Designer", "designer", List.of(Roles.DESIGNERS));
    createUser("manager", "Max", "Manager", "manager", List.of(Roles.MANAGERS));
    for (String staff : List.of("pat", "sam")) {
      List<String> groups = new ArrayList<>(List.of(Roles.STAFF));
      groups.addAll(teams);
      createUser(staff, Character.toUpperCase(staff.charAt(0)) + staff.substring(1), "Staff", staff, groups);
    }
    managementService.setProperty(DemoLogins.PROPERTY, String.join(",", DemoLogins.USERS));
    LOG.info("Demo users created (password = user name): designer, manager, pat and sam (staff of {}). "
        + "Set stageline.demo.enabled=false to start without them.", teams);
  }

  private void ensureGroup(String id, String type) {
    if (groupExists(id)) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(id);
    group.setType(type);
    try {
      identityService.saveGroup(group);
    } catch (ProcessEngineException e) {
      // another node starting at the same time created it first
      if (!groupExists(id)) {
        throw e;
      }
    }
  }

  private boolean groupExists(String id) {
    return identityService.createGroupQuery().groupId(id).count() > 0;
  }

  private void createUser(String id, String firstName, String lastName, String password, List<String> groups) {
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    identityService.saveUser(user);
    groups.forEach(group -> identityService.createMembership(id, group));
  }

  private static String generatePassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
