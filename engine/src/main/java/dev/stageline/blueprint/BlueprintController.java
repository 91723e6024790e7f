package dev.stageline.blueprint;

import dev.stageline.web.ApiException;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The blueprints part of the API (DESIGN §5): list, read, validate, deploy. */
@RestController
@RequestMapping("/api/blueprints")
class BlueprintController {

  private final BlueprintService blueprints;

  BlueprintController(BlueprintService blueprints) {
    this.blueprints = blueprints;
  }

  @GetMapping
  List<BlueprintSummary> list() {
    return blueprints.latest();
  }

  @GetMapping("/{key}")
  BlueprintView get(@PathVariable String key, @RequestParam(required = false) Integer version) {
    ProcessDefinition definition = blueprints.definition(key, version);
    return BlueprintView.of(blueprints.model(definition.getId()), definition.getVersion(), blueprints.versions(key));
  }

  @GetMapping("/{key}/xml")
  ResponseEntity<byte[]> xml(@PathVariable String key, @RequestParam(required = false) Integer version) {
    ProcessDefinition definition = blueprints.definition(key, version);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .header("Content-Disposition", "inline; filename=\"" + key + "-v" + definition.getVersion() + ".bpmn\"")
        .body(blueprints.xml(definition));
  }

  // BPMN arrives as XML; a form-encoded body (curl's default) would arrive mangled, so it gets a 415
  @PostMapping(value = "/validate", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
      "application/bpmn+xml", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ValidationResult validate(@RequestBody(required = false) byte[] xml) {
    return blueprints.validate(requireBody(xml));
  }

  @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
      "application/bpmn+xml", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ResponseEntity<BlueprintService.Deployed> deploy(@RequestBody(required = false) byte[] xml,
      Authentication authentication) {
    BlueprintService.Deployed deployed = blueprints.deploy(requireBody(xml), authentication.getName());
    return ResponseEntity.status(deployed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(deployed);
  }

  private static byte[] requireBody(byte[] xml) {
    if (xml == null || xml.length == 0) {
      throw ApiException.badRequest("The request body is empty; send the blueprint's BPMN XML.");
    }
    return xml;
  }
}
