package dev.stageline.blueprint;

import dev.stageline.FirstStartStep;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the sample blueprints shipped in the blueprints jar when the application starts, as the
 * system user {@link BlueprintService#SYSTEM_USER}. A sample whose XML is unchanged makes no new
 * version.
 */
@Component
@ConditionalOnProperty(name = "stageline.samples.deploy", havingValue = "true", matchIfMissing = true)
public class SampleBlueprints extends FirstStartStep {

  /** Runs before anything that needs the samples (demo users, demo history). */
  public static final int PHASE = FIRST_PHASE;
  static final String LOCATION = "classpath*:stageline/blueprints/*.bpmn";

  private static final Logger LOG = LoggerFactory.getLogger(SampleBlueprints.class);

  private final BlueprintService blueprints;

  SampleBlueprints(BlueprintService blueprints) {
    this.blueprints = blueprints;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  @Override
  protected void prepare() throws IOException {
    List<BlueprintService.Deployed> deployed = new ArrayList<>();
    for (Resource sample : samples()) {
      try (InputStream in = sample.getInputStream()) {
        deployed.add(blueprints.deploy(in.readAllBytes(), BlueprintService.SYSTEM_USER));
      }
    }
    long created = deployed.stream().filter(BlueprintService.Deployed::created).count();
    LOG.info("Sample blueprints: {} deployed, {} new versions ({})", deployed.size(), created,
        deployed.stream().map(d -> d.key() + " v" + d.version()).toList());
  }

  /** The sample files, in name order. */
  static List<Resource> samples() throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
    return Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList();
  }
}
