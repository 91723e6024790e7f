package dev.stageline.support;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Staff users for API tests: their password is their name. */
public final class TestUsers {

  private TestUsers() {
  }

  /** Creates {@code userId} (if missing) as a member of {@code groups} (created if missing). */
  public static void ensure(IdentityService identityService, String userId, List<String> groups) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(userId);
      identityService.saveUser(user);
    }
    for (String groupId : groups) {
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        identityService.saveGroup(identityService.newGroup(groupId));
      }
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  /** A client that logs in as {@code userId}. */
  public static TestRestTemplate as(TestRestTemplate rest, String userId) {
    return rest.withBasicAuth(userId, userId);
  }

  /** A client that logs in as the admin. */
  public static TestRestTemplate admin(TestRestTemplate rest) {
    return rest.withBasicAuth("admin", ApiIT.ADMIN_PASSWORD);
  }
}
