-- Records that name a serious incident (rapid reviews and child deaths by seriousIncidentId,
-- practice reviews by seriousIncidentIds), so a case's records are found without reading them all.
create index records_serious_incident_id on records ((body ->> 'seriousIncidentId'))
  where body ? 'seriousIncidentId';
create index records_serious_incident_ids on records using gin ((body -> 'seriousIncidentIds'));
