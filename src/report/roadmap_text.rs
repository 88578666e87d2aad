//! A whole roadmap as readable plain text (`studyplan roadmap show ID`).
